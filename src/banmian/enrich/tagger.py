"""A character tagger for names: averaged structured perceptron with BIO tags, scored in numpy.

Each character gets character n-gram features around it, gazetteer features
(is it inside a known person/place/organisation name, at which position),
word features (does a dictionary word start or end here) and the cluster of
each nearby character (clusters learnt from unlabelled news text, see NER.md).
A feature is a template number and the values it combines, hashed to one of
2**BITS buckets; a bucket's weights (one per tag) are a row of the model.
Tagging a text is then a handful of array operations over all its characters:
code points → substring hashes (gazetteer and words) → feature buckets →
summed weight rows → best tags (Viterbi where BIO needs it).  Weights are trained by `bench/train_ner.py`
and shipped as `ner-model.npz`; the gazetteer (`gazetteer.tsv.gz`) is derived
from jieba's MIT-licensed dictionary (see `NER.md`).
"""

from __future__ import annotations

import gzip
import io
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
KINDS = ("PER", "LOC", "ORG")  # gazetteer kind k is stored as k + 1; 0 is "not a name"
BITS = 21  # feature buckets: 2 million, few collisions among the features training keeps
LONGEST_NAME = 10  # longer gazetteer entries are rare
LONGEST_WORD = 4  # the word list holds 2–4 character words
BOUNDARY = 0x2402  # "␂": stands for "before the start / after the end of the line" in n-grams
NEWLINE = 10
LEAD_ROUNDS = 3  # rounds of the bound in `decode`: more shorten Viterbi's stretches less and less
# Never inside a name: the decoder fixes these to O and cuts the text there.
CLAUSE_ENDS = "\n，。、；：！？,;!?…　 "
MASK64 = (1 << 64) - 1
SUBSTRING_BASE = 1_000_003  # polynomial hash of a substring's code points, mod 2**64
KIND_BITS = 3  # the low bits of a table entry: 1 + index into KINDS, 0 if not a name
WORD_FLAG = 8  # the entry is a dictionary word
LONG_NAME_FLAG = 16  # the entry begins a name longer than LONGEST_WORD characters
SLOT_BITS = 20  # a million slots for a few hundred thousand entries: probes stay short
MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier: spreads keys over the top bits
SALTS = np.array([(k * 0xD6E8FEB86659FD93 + 0x632BE59BD9B4E019) & MASK64 for k in range(1, 65)], dtype=np.uint64)


@dataclass(frozen=True)
class Lexicon:
    """What the features look up: names and words by substring hash, and per-character tables."""

    slots: np.ndarray  # uint32 open-addressing table: fingerprints of every name and word, 0 = empty
    entries: np.ndarray  # uint8 per slot: kind of name (KIND_BITS), WORD_FLAG, LONG_NAME_FLAG
    surnames: frozenset[str]
    surname_table: np.ndarray  # uint64 per BMP code point: 1 if a common surname
    classes: np.ndarray  # uint64 per BMP code point: 0 other, 1 digit, 2 Latin letter, 3 Han
    clusters: np.ndarray  # uint64 per BMP code point: the character's cluster, 0 unknown


@dataclass(frozen=True)
class Model:
    # One 16-byte element per bucket, 8 int16 packed (a weight per tag, then 0), all-zero where
    # training kept nothing: 32 MB, but one gather per feature rather than a bucket → row index
    # and then the row (a quarter less time for `emissions`).
    weights: np.ndarray


def allowed(previous: str, tag: str) -> bool:
    """BIO: an inside tag only continues a name of its own type."""
    return not tag.startswith("I-") or previous[2:] == tag[2:]


# Previous tag × tag: 0 where BIO allows the move, a large negative number (finite, so
# sums never meet inf − inf) where it does not.
MOVES = np.array([[0.0 if allowed(p, t) else -1e9 for t in TAGS] for p in TAGS], dtype=np.float32)


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


def substring_hashes(points: np.ndarray, longest: int) -> np.ndarray:
    """Row L-1, column i: the hash of the L characters starting at i (L = 1 … longest)."""
    n = len(points)
    padded = np.concatenate([points, np.zeros(longest, dtype=np.uint64)])
    out = np.empty((longest, n), dtype=np.uint64)
    out[0] = points
    base = np.uint64(SUBSTRING_BASE)
    for length in range(2, longest + 1):
        out[length - 1] = out[length - 2] * base + padded[length - 1:length - 1 + n]
    return out


def home_slots(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where a hash's search starts, and the 32 bits stored to recognise it (never 0)."""
    mixed = hashes * MIX
    return (mixed >> np.uint64(64 - SLOT_BITS)).astype(np.intp), (mixed | np.uint64(1)).astype(np.uint32)


def lookup(hashes: np.ndarray, lexicon: Lexicon) -> np.ndarray:
    """The table entry of each substring hash (0 where unknown)."""
    slot, fingerprints = home_slots(hashes.ravel())
    entry = np.zeros(len(fingerprints), dtype=np.uint8)
    searching = np.arange(len(fingerprints))
    mask = (1 << SLOT_BITS) - 1
    while len(searching):
        there = lexicon.slots.take(slot)
        hit = there == fingerprints[searching]
        entry[searching[hit]] = lexicon.entries.take(slot[hit])
        going_on = ~hit & (there != 0)  # linear probing: an empty slot ends the search
        searching, slot = searching[going_on], (slot[going_on] + 1) & mask
    return entry.reshape(hashes.shape)


def names_and_words(hashes: np.ndarray, lexicon: Lexicon) -> tuple[np.ndarray, np.ndarray]:
    """The gazetteer kind and word flag of each substring (rows: lengths 1 … LONGEST_NAME).

    Lengths 2 … LONGEST_WORD are looked up everywhere; longer ones only where the first
    LONGEST_WORD characters begin a longer name, which is rare.
    """
    entries = np.zeros(hashes.shape, dtype=np.uint8)
    entries[1:LONGEST_WORD] = lookup(hashes[1:LONGEST_WORD], lexicon)
    longer = np.flatnonzero(entries[LONGEST_WORD - 1] & LONG_NAME_FLAG)
    if len(longer):
        entries[LONGEST_WORD:, longer] = lookup(hashes[LONGEST_WORD:, longer], lexicon)
    return entries & KIND_BITS, (entries & WORD_FLAG) > 0


def hash_table(entries: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Open addressing with linear probing: each hash in the first free slot from its home."""
    hashes = np.array(list(entries), dtype=np.uint64)
    values = np.array(list(entries.values()), dtype=np.uint8)
    slots = np.zeros(1 << SLOT_BITS, dtype=np.uint32)
    stored = np.zeros(1 << SLOT_BITS, dtype=np.uint8)
    slot, fingerprints = home_slots(hashes)
    waiting = np.arange(len(hashes))
    while len(waiting):
        free = slots[slot] == 0
        # Of several hashes wanting one free slot, the first takes it; the rest move on.
        _, first = np.unique(slot[free], return_index=True)
        placed = np.flatnonzero(free)[first]
        slots[slot[placed]] = fingerprints[waiting[placed]]
        stored[slot[placed]] = values[waiting[placed]]
        left = np.ones(len(waiting), dtype=bool)
        left[placed] = False
        waiting, slot = waiting[left], (slot[left] + 1) & ((1 << SLOT_BITS) - 1)
    return slots, stored


def gazetteer_marks(kinds: np.ndarray) -> np.ndarray:
    """Per character, the longest known name over it, as kind·100 + place·10 + min(length, 5).

    `kinds[L-1, i]` is the kind of the name of length L starting at i (0 if none; row 0,
    single characters, is ignored).  Place is 1 begin, 2 middle, 3 end.  The longest name
    starting at each character wins; over a character, the longest such name, then the
    earliest, wins.
    """
    n = kinds.shape[1]
    named = kinds[1:] > 0
    longest = np.where(named.any(axis=0), len(named) - np.argmax(named[::-1], axis=0) + 1, 0)
    starts = np.flatnonzero(longest)
    lengths = longest[starts]
    kind = kinds[lengths - 1, starts]
    # The name that wins a character ranks highest: longer, then earlier.
    rank = lengths * (n + 1) + (n - starts)
    first = np.repeat(np.cumsum(lengths) - lengths, lengths)
    offset = np.arange(len(first)) - first
    length = np.repeat(lengths, lengths)
    place = np.where(offset == 0, 1, np.where(offset == length - 1, 3, 2))
    mark = np.repeat(kind, lengths) * 100 + place * 10 + np.minimum(length, 5)
    best = np.zeros(n, dtype=np.int64)
    np.maximum.at(best, np.repeat(starts, lengths) + offset, np.repeat(rank, lengths) * 1000 + mark)
    return best % 1000


def word_marks(hashes: np.ndarray, words: np.ndarray):
    """The length and hash of the longest word starting at each character, and of the longest
    of those words ending at each character (0 where none)."""
    n = hashes.shape[1]
    start_len = np.zeros(n, dtype=np.int64)
    for length in range(2, LONGEST_WORD + 1):
        start_len[words[length - 1]] = length
    columns = np.arange(n)
    start_hash = np.where(start_len > 0, hashes[np.maximum(start_len - 1, 0), columns], 0)
    end_len = np.zeros(n, dtype=np.int64)
    end_hash = np.zeros(n, dtype=np.uint64)
    for length in range(2, LONGEST_WORD + 1):
        starts = np.flatnonzero(start_len == length)
        ends = starts + length - 1
        longer = length > end_len[ends]
        end_len[ends[longer]] = length
        end_hash[ends[longer]] = start_hash[starts[longer]]
    return start_len, start_hash, end_len, end_hash


def neighbours(rows: np.ndarray, line: np.ndarray, outside: np.ndarray) -> dict[int, np.ndarray]:
    """`rows` (values × characters) moved by -2, -1, 1 and 2: at `by`, column i holds column
    i+by, or the row's `outside` value where that is past the ends of i's line."""
    n = rows.shape[1]
    moved_by = {}
    for by in (-2, -1, 1, 2):
        moved = np.empty_like(rows)
        moved[:] = outside[:, None]
        if 0 < by < n:
            moved[:, :-by] = rows[:, by:]
            moved[:, :-by][:, line[by:] != line[:-by]] = outside[:, None]
        elif 0 < -by < n:
            moved[:, -by:] = rows[:, :by]
            moved[:, -by:][:, line[:by] != line[-by:]] = outside[:, None]
        moved_by[by] = moved
    return moved_by


def feature_buckets(text: str, lexicon: Lexicon) -> np.ndarray:
    """The feature buckets (templates × characters) of `text`; newlines end lines."""
    points = code_points(text)
    n = len(points)
    newline = points == NEWLINE
    # Newlines get odd line numbers of their own, so no n-gram reaches across them.
    line = 2 * np.cumsum(newline) - newline
    c = points
    hashes = substring_hashes(points, LONGEST_NAME)
    kinds, words = names_and_words(hashes, lexicon)
    start_len, start_hash, end_len, end_hash = (a.astype(np.uint64) for a in word_marks(hashes, words))
    bmp = np.minimum(points, 0xFFFF).astype(np.intp)  # characters beyond the BMP read the tables' last entry
    classes, surname, cluster = (table.take(bmp) for table in
                                 (lexicon.classes, lexicon.surname_table, lexicon.clusters))
    marks = gazetteer_marks(kinds).astype(np.uint64)
    near = neighbours(np.stack([c, classes, marks, surname, cluster]), line,
                      np.array([BOUNDARY, 4, 1, 0, 0], dtype=np.uint64))
    (l1, cls_l, marks_l, surname_l, k_l1), (r1, cls_r, marks_r, _, k_r1) = near[-1], near[1]
    (l2, _, _, _, k_l2), (r2, _, _, _, k_r2) = near[-2], near[2]
    # Each template packs its values into one integer (code points take 21 bits, clusters 9);
    # a salt per template keeps equal packings of different templates apart.
    templates = (
        np.zeros(n, dtype=np.uint64), c, l1, r1, l2, r2,
        l1 << 21 | c, c << 21 | r1, l2 << 21 | l1, r1 << 21 | r2, l1 << 21 | r1, l1 << 42 | c << 21 | r1,
        cls_l * 8 + classes * 64 + cls_r,
        marks, marks_l, marks_r,
        start_len * 8 + end_len, start_len << 21 | c, end_len << 21 | c, start_hash, end_hash,
        surname_l * 2 + surname,
        cluster, k_l1, k_r1, k_l1 << 9 | cluster, cluster << 9 | k_r1, k_l2 << 9 | k_l1, k_r1 << 9 | k_r2,
        k_l1 << 18 | cluster << 9 | k_r1,
    )
    keys = np.stack(templates)
    keys ^= SALTS[:len(templates), None]
    keys *= MIX
    keys >>= np.uint64(64 - BITS)
    return keys.view(np.int64)  # bucket numbers fit: a signed view, so take() needs no cast


def emissions(buckets: np.ndarray, model: Model) -> np.ndarray:
    """Per character, the summed weights of its features for each tag."""
    # One 16-byte element per row: take() gathers those several times faster than it
    # gathers rows of a 2-D array (or than fancy indexing does).
    rows = model.weights.take(buckets)
    summed = rows.view(np.int16).reshape(*buckets.shape, 8).sum(axis=0, dtype=np.int32)
    return summed[:, :len(TAGS)].astype(np.float32)


CLAUSE_END_TABLE = np.zeros(0x10000, dtype=bool)
CLAUSE_END_TABLE[[ord(char) for char in CLAUSE_ENDS]] = True


def clause_ends(text: str) -> np.ndarray:
    """The characters the tagger always tags O (punctuation, spaces, newlines)."""
    return per_char(CLAUSE_END_TABLE, code_points(text))


# The rows of I-PER, I-LOC and I-ORG among the tags; each type's B-X is the row before.
INSIDE_ROWS = np.array([[2], [4], [6]])


def viterbi(scores: np.ndarray, fixed: np.ndarray) -> np.ndarray:
    """The best BIO-valid tag sequence (tag indices), O where `fixed`.

    The tagger scores no transitions, so BIO's rule (an I-X only after B-X or I-X) is
    the only tie between neighbours: O and B-X follow the best tag before them, whatever
    it is, and I-X the better of B-X and I-X.  The characters between fixed ones form
    runs, decoded all at once: runs sorted longest first, so that at step t the runs still
    going are the first few columns.  Each run starts after an O.
    """
    n = len(scores)
    tags = np.zeros(n, dtype=np.int64)
    edges = np.diff(np.concatenate(([0], (~fixed).astype(np.int8), [0])))
    starts = np.flatnonzero(edges == 1)
    lengths = np.flatnonzero(edges == -1) - starts
    if not len(starts):
        return tags
    order = np.argsort(-lengths, kind="stable")
    starts, lengths = starts[order], lengths[order]
    longest, runs = int(lengths[0]), len(starts)
    going = np.searchsorted(-lengths, -np.arange(longest + 1), side="left").tolist()  # runs longer than t
    # Step t of run r reads character starts[r] + t (clipped: columns of ended runs are not read).
    at = np.minimum(starts + np.arange(longest)[:, None], n - 1)
    run_scores = scores.T[:, at].transpose(1, 0, 2)  # steps × tags × runs
    score = run_scores[0] + MOVES[0][:, None]
    finals = np.empty_like(score)
    pointers = np.empty((longest, len(TAGS), runs), dtype=np.intp)
    for t in range(1, longest):
        count = going[t]
        if count < going[t - 1]:
            finals[:, count:going[t - 1]] = score[:, count:]  # the runs that ended at t - 1
            score = score[:, :count]
        begin, inside = score[1::2], score[2::2]
        pointer = pointers[t, :, :count]
        pointer[:] = score.argmax(axis=0)
        pointer[2::2] = INSIDE_ROWS - (begin >= inside)  # ties go to B-X, as argmax gives them
        carried = np.empty_like(score)
        carried[:] = score.max(axis=0)
        np.maximum(begin, inside, out=carried[2::2])
        carried += run_scores[t, :, :count]
        score = carried
    finals[:, :going[longest - 1]] = score
    path = np.empty((longest, runs), dtype=np.intp)
    current = finals.argmax(axis=0)  # a run's last tag, until its last step is reached
    columns = np.arange(runs)
    for t in range(longest - 1, 0, -1):
        count = going[t]
        path[t, :count] = current[:count]
        current[:count] = pointers[t].ravel().take(current[:count] * runs + columns[:count])
    path[0] = current
    inside = np.arange(longest)[:, None] < lengths
    tags[at[inside]] = path[inside]
    return tags


def decode(scores: np.ndarray, fixed: np.ndarray) -> np.ndarray:
    """The same as `viterbi`, faster: each character's best tag, where that obeys BIO.

    Where it does not, only the stretch around the break needs `viterbi`, and less of it:
    - a character is surely O when O scores at least as high as B-X and I-X plus what
      turning a following I-X into B-X would cost, for every type X;
    - a stretch ends before character j when no best sequence needs an I-X at j: when
      I-X at j, plus the most that being inside X at j-1 can lead by there, scores no more
      than B-X at j.  That lead is at most max(B-X, I-X + the lead at j-2) − max(O, any B)
      at j-1, and never above 0: a bound that tightens with each round of LEAD_ROUNDS,
      starting from 0.
    """
    # Tags × characters: reductions over the three types run along rows, which numpy does
    # far faster than over a short last axis.
    by_tag = np.ascontiguousarray(scores.T)
    outside, begin, inside = by_tag[0], by_tag[1::2], by_tag[2::2]
    turning = np.zeros_like(inside)
    turning[:, :-1] = np.maximum(inside[:, 1:] - begin[:, 1:], 0)
    fixed = fixed | (outside >= np.maximum(begin, inside) + turning).all(axis=0)
    tags = by_tag.argmax(axis=0)
    tags[fixed] = 0
    before = np.concatenate(([0], tags[:-1]))
    broken = (tags % 2 == 0) & (tags > 0) & (before != tags) & (before != tags - 1)
    if not broken.any():
        return tags
    floor = np.maximum(outside, begin.max(axis=0))
    # −inf after a fixed character, which is O: nothing inside a name to carry on; else 0.
    carried_on = np.where(np.concatenate(([True], fixed[:-1])), -np.inf, 0).astype(inside.dtype)
    lead = np.zeros_like(inside)
    for _ in range(LEAD_ROUNDS):
        earlier = np.empty_like(lead)
        earlier[:, 0] = 0
        earlier[:, 1:] = lead[:, :-1]
        earlier += carried_on
        lead = np.minimum(np.maximum(begin, inside + earlier) - floor, 0)
    fresh = np.ones(len(tags), dtype=bool)
    fresh[1:] = (inside[:, 1:] + lead[:, :-1] <= begin[:, 1:]).all(axis=0)
    # Stretches are decoded apart, each starting outside a name: one whose best tags start
    # with I-X needs Viterbi too, even where the stretch before ends in X.
    broken |= fresh & (tags % 2 == 0) & (tags > 0)
    stretch = np.cumsum(fresh | fixed)
    needs_redo = np.zeros(stretch[-1] + 1, dtype=bool)
    needs_redo[stretch[broken]] = True
    redo = needs_redo[stretch] & ~fixed
    return np.where(redo, viterbi(scores, ~redo), tags)


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


def tag_spans(tags: np.ndarray) -> list[tuple[int, int, str]]:
    """Tag indices (BIO-valid, from `decode`) to (start, end, type) spans, end exclusive."""
    begins = np.flatnonzero(tags % 2 == 1)
    inside_next = np.append((tags[1:] % 2 == 0) & (tags[1:] > 0), False)
    ends = np.flatnonzero((tags > 0) & ~inside_next) + 1  # a name's last character: no I-X after it
    kinds = [KINDS[k] for k in ((tags[begins] - 1) // 2).tolist()]
    return list(zip(begins.tolist(), ends.tolist(), kinds))


def predict(text: str, model: Model, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The names the tagger finds in `text`, as (start, end, type); newlines end sentences."""
    if not text:
        return []
    scores = emissions(feature_buckets(text, lexicon), model)
    return tag_spans(decode(scores, clause_ends(text)))


def read_lexicon(gazetteer_lines, words, clusters: dict[str, int]) -> Lexicon:
    names = {}
    for line in gazetteer_lines:
        name, _, kind = line.rstrip("\n").partition("\t")
        if kind:
            names[name] = KINDS.index(kind) + 1
    # A surname is the first character of many three-character person names.
    firsts = Counter(name[0] for name, kind in names.items() if kind == 1 and len(name) == 3)
    surnames = frozenset(char for char, count in firsts.items() if count >= 20)
    entries = {substring_hash(name): kind for name, kind in names.items() if len(name) <= LONGEST_NAME}
    for word in words:
        if 2 <= len(word) <= LONGEST_WORD:
            key = substring_hash(word)
            entries[key] = entries.get(key, 0) | WORD_FLAG
    for name in names:
        if LONGEST_WORD < len(name) <= LONGEST_NAME:
            key = substring_hash(name[:LONGEST_WORD])
            entries[key] = entries.get(key, 0) | LONG_NAME_FLAG
    slots, stored = hash_table(entries)
    return Lexicon(slots=slots, entries=stored, surnames=surnames,
                   surname_table=bmp_table({ch: 1 for ch in surnames}), classes=class_table(),
                   clusters=bmp_table(clusters))


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
    return read_lexicon(gazetteer.splitlines(), words(), read_clusters(clusters))


def read_model(data: bytes) -> Model:
    """A model saved by `model_bytes`."""
    saved = np.load(io.BytesIO(data))
    weights = np.zeros((1 << BITS, 8), dtype=np.int16)
    weights[saved["buckets"], :len(TAGS)] = saved["weights"]
    return Model(weights=weights.view(np.complex128).ravel())


def model_bytes(weights: np.ndarray) -> bytes:
    """Bucket weights (2**BITS × tags) as int16 hundredths; all-zero buckets dropped.
    Tagging sums them as they are: only their order matters, not their unit."""
    scaled = np.clip(np.round(weights * 100), -32767, 32767).astype(np.int16)
    buckets = np.flatnonzero(scaled.any(axis=1)).astype(np.int32)
    out = io.BytesIO()
    np.savez_compressed(out, buckets=buckets, weights=scaled[buckets])
    return out.getvalue()


@cache
def packaged_model() -> Model:
    return read_model(files("banmian.enrich").joinpath("ner-model.npz").read_bytes())
