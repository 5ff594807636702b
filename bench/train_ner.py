"""Train the name tagger shipped in `src/banmian/enrich/` — on the People's Daily dev split only.

    python bench/train_ner.py gazetteer PATH/TO/jieba/dict.txt PATH/TO/jionlp/dictionary   # writes gazetteer.tsv.gz
    python bench/char_clusters.py                                # writes char-clusters.tsv.gz
    python bench/ner_embeddings.py                               # writes char-vectors.npz (dense features)
    python bench/train_ner.py train                              # writes ner-model.npz
    python bench/train_ner.py train --holdout 450 --out /tmp/m.npz   # scores held-out dev sentences
    python bench/train_ner.py train --holdout 450 --holdout-seed 1 --out /tmp/m.npz   # another draw
    python bench/train_ner.py transliteration                    # writes transliteration.txt.gz

The test splits (People's Daily test, MSRA test) are never read here; they are
for `bench/enrich_bench.py` only.  `--augment N` adds N copies of every dev
sentence with its names swapped for other names of the same type (from the
dev split itself, the gazetteer, or made up from surname + given-name
characters seen in dev), so that the tagger learns contexts, not a list;
`--composite-orgs N` puts N made-up organisations in the swap pool, each a
place and the rest of a dev organisation name that began with a place
(北京市 + 技术监督局), so that long organisation names after a place are seen often.
The tagger's lexicon holds the training sentences' names too (`training-names.tsv.gz`,
written beside the model); each sentence is trained with the names of the other `--folds`
folds only, as a text tagged later meets names of the training sentences but not its own.
`--holdout N` keeps N dev sentences (a fixed random draw, `--holdout-seed` picks
another) out of training and scores the model on them: settings are chosen on
those, never on a test split.  Held-out F1 moves by about ±0.01 with the seed and
the draw alone, so a setting is kept only when it wins on several draws.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from banmian.enrich.tagger import (  # noqa: E402
    BITS, LONGEST_NAME, TAGS, clause_ends, code_points, decode, dense_features, feature_buckets, model_bytes,
    packaged_vectors, read_clusters, read_lexicon, read_model, spans, tag_spans, text_scores,
)
from banmian.rebuild.lexicon import words  # noqa: E402

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "src" / "banmian" / "enrich"
DEV = HERE.parent.parent / "shared" / "corpus" / "ner" / "peoples_daily_1998_ner.example.dev"
JIEBA_TYPES = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}


def read_bio(path: Path) -> list[tuple[str, list[str]]]:
    """Sentences of a one-character-per-line BIO file (space or tab separated)."""
    sentences, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        chars.append(line[0])
        tags.append(line.split()[-1])
    return sentences


def make_gazetteer(dict_path: Path, jionlp_dictionary: Path) -> None:
    rows = gazetteer_rows(dict_path, jionlp_dictionary)
    lines = [f"{word}\t{kind}" for word, kind in rows.items()]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
    (PACKAGE / "gazetteer.tsv.gz").write_bytes(data)
    print(f"{len(rows)} names, {len(data)} bytes")


def gazetteer_rows(dict_path: Path, jionlp_dictionary: Path) -> dict[str, str]:
    """Each name of the gazetteer and its type (NER.md)."""
    tags = jieba_words(dict_path)
    rows = {word: JIEBA_TYPES[tag] for word, tag in tags.items() if tag in JIEBA_TYPES and 2 <= len(word) <= 10
            and all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in word)}
    # jieba lists idioms as people (一劳永逸, 张冠李戴): jionlp's idioms are not names.  Its plain
    # `nr` holds common words too (吉祥, 幸福感, 马头墙); its `nrt` and `nrfg` are names.
    idioms = {line.split("\t")[0] for line in jionlp_text(jionlp_dictionary, "chinese_idiom")}
    plain_people = {word for word, tag in tags.items() if tag == "nr"}
    common = listed_common_words(jionlp_dictionary) | compound_words(plain_people, tags)
    not_people = idioms | (plain_people & common)
    rows = {word: kind for word, kind in rows.items() if not (kind == "PER" and word in not_people)}
    # China's divisions, from jionlp, fill names jieba lacks and take over those it calls people
    # (洪湖); a name jieba gives another type keeps it.  The world's countries and cities, from
    # jionlp too, take over the people among them (巴巴多斯, 慕尼黑).
    for word in sorted(china_places(jionlp_dictionary)):
        if 2 <= len(word) <= 10 and all("\u4e00" <= ch <= "\u9fff" for ch in word) and rows.get(word, "PER") == "PER":
            rows[word] = "LOC"
    rows.update((word, "LOC") for word in world_places(jionlp_dictionary) if rows.get(word) == "PER")
    # Hand-written places and bodies win over every list (黎巴嫩, 哈马斯 are not people).
    rows.update((word, "LOC") for word in hand_written("places.txt"))
    rows.update((word, "ORG") for word in hand_written("bodies.txt"))
    return rows


def china_places(jionlp_dictionary: Path) -> set[str]:
    """China's provinces, cities and counties by full and short name (嘉定区, 嘉定) and its towns by
    full name (甘棠镇), from jionlp."""
    names = set()
    for line in jionlp_text(jionlp_dictionary, "china_location"):
        depth, fields = len(line) - len(line.lstrip("\t")), line.strip().split("\t")
        if depth <= 2:
            names.update(fields[0:1] + fields[2:3])
        elif depth == 3 and fields[0].endswith(("镇", "乡")):
            names.add(fields[0])
    return names


def hand_written(file: str) -> list[str]:
    """The names of one of bench's hand-written lists (lines of names; # comments)."""
    lines = (HERE / file).read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


def jieba_words(dict_path: Path) -> dict[str, str]:
    """jieba's dictionary: each word's part-of-speech tag."""
    return dict(line.split(" ")[::2] for line in dict_path.read_text(encoding="utf-8").splitlines())


# A definition in jionlp's word dictionary that speaks of a person (山东聊城人，…; 唐代诗人; 即孙悟空):
# the word is a name as well as a word, and stays one.
PERSON_DEFINITION = re.compile(r"人[，。]|家|人物|之一|字\w|号\w|首相|总统|皇帝|帝[，。]|太后|统治者|建立者|创始人"
                               r"|烈士|运动员|将领|学者|官员|演员|作者|领袖|国王|女。|复姓|即")


def listed_common_words(jionlp_dictionary: Path) -> set[str]:
    """Common words by jionlp's lists: its sentiment words (吉祥, 荣耀, 高才生) and the words of its
    dictionary whose definition is no person's (马拉松: 马拉松赛跑; not 陈毅: 中国无产阶级革命家)."""
    sentiment = {line.split("\t")[0] for line in jionlp_text(jionlp_dictionary, "sentiment_words")}
    defined = (line.partition("\t") for line in jionlp_text(jionlp_dictionary, "chinese_word_dictionary"))
    return sentiment | {word for word, _, meaning in defined if not PERSON_DEFINITION.search(meaning[:60])}


def compound_words(people: set[str], tags: dict[str, str], ratio: int = 3, least: int = 20) -> set[str]:
    """The people that are a common word and one character more, where that character ends at least
    `ratio` times as many of jieba's common words as of its names, and `least` (幸福 + 感, 马头 + 墙,
    小树 + 苗; not 周润 + 发 … nor 王 + 沪宁: 王 is a name)."""
    name_tags = set(JIEBA_TYPES) | {"nz"}
    short = {word: tag for word, tag in tags.items() if 2 <= len(word) <= 4}
    ends_word = Counter(word[-1] for word, tag in short.items() if tag not in name_tags)
    ends_name = Counter(word[-1] for word, tag in short.items() if JIEBA_TYPES.get(tag) == "PER")
    return {word for word in people
            if len(word) >= 3 and tags.get(word[:-1], "nr") not in name_tags
            and ends_word[word[-1]] >= max(least, ratio * ends_name[word[-1]])}


def world_places(jionlp_dictionary: Path) -> set[str]:
    """The countries, capitals and cities of jionlp's world list (`国名<TAB>全称<TAB>首都<TAB>城市/城市`)."""
    text = (jionlp_dictionary / "world_location.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if "\t" in line)
    return {name for line in lines for field in line.strip().split("\t") for name in field.split("/") if name}


def jionlp_text(dictionary: Path, name: str) -> list[str]:
    """The lines of one of jionlp's packaged dictionaries (`NAME.zip`, holding `NAME.txt`)."""
    with zipfile.ZipFile(dictionary / f"{name}.zip") as archive:
        return archive.read(f"{name}.txt").decode("utf-8").splitlines()


def swap_names(sentence, pools, rng):
    """The sentence with every name replaced by another of its type."""
    text, tags = sentence
    out_text, out_tags, last = [], [], 0
    for start, end, kind in spans(tags):
        out_text.append(text[last:start])
        out_tags.extend(tags[last:start])
        name = rng.choice(pools[kind])
        out_text.append(name)
        out_tags.extend(["B-" + kind] + ["I-" + kind] * (len(name) - 1))
        last = end
    out_text.append(text[last:])
    out_tags.extend(tags[last:])
    return "".join(out_text), out_tags


def gazetteer_names() -> dict[str, str]:
    text = gzip.decompress((PACKAGE / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if "\t" in line)


def composite_orgs(seen: dict[str, list[str]], places: list[str], count: int, rng) -> list[str]:
    """Organisation names made of a place and the rest of an organisation name that began
    with a place (北京市 + 技术监督局), so that long names after a place are seen often."""
    known = set(seen["LOC"])  # jieba's place list holds odd entries (斯人民); dev's are clean
    tails = []
    for name in seen["ORG"]:
        prefix = max((n for n in range(2, len(name) - 1) if name[:n] in known), default=0)
        if prefix:
            tails.append(name[prefix:])
    if not tails:
        return []
    return [rng.choice(places) + rng.choice(tails) for _ in range(count)]


def name_pools(sentences, names: dict[str, str], surnames, rng, composite: int):
    seen = {"PER": [], "LOC": [], "ORG": []}
    for text, tags in sentences:
        for start, end, kind in spans(tags):
            seen[kind].append(text[start:end])
    listed = {kind: [n for n, k in names.items() if k == kind] for kind in seen}
    given = [ch for name in seen["PER"] if len(name) in (2, 3) for ch in name[1:]]
    made_up = ["".join([rng.choice(sorted(surnames))] + rng.sample(given, rng.choice((1, 2, 2))))
               for _ in range(5000)]
    return {
        "PER": seen["PER"] + made_up + rng.sample(listed["PER"], 3000),
        "LOC": seen["LOC"] * 2 + rng.sample(listed["LOC"], 4000),
        "ORG": seen["ORG"] * 2 + rng.sample(listed["ORG"], 2000)
        + composite_orgs(seen, seen["LOC"] + listed["LOC"], composite, random.Random(len(sentences))),
    }


class Trainer:
    """Averaged structured perceptron over feature buckets and dense features, updated once per
    sentence (the 'w − u/c' form of averaging).  No transition weights: BIO constraints only."""

    def __init__(self, dense_width: int) -> None:
        self.w = np.zeros((1 << BITS, len(TAGS)), dtype=np.float32)
        self.u = np.zeros_like(self.w)
        self.dense = np.zeros((dense_width, len(TAGS)), dtype=np.float64)
        self.dense_u = np.zeros_like(self.dense)
        self.c = 1

    def step(self, text: str, buckets: np.ndarray, dense: np.ndarray, gold: np.ndarray) -> int:
        """Tag one sentence, learn from it; the number of characters tagged wrong."""
        scores = self.w.take(buckets, axis=0).sum(axis=0) + (dense @ self.dense).astype(np.float32)
        guess = decode(scores, clause_ends(text))
        wrong = np.flatnonzero(gold != guess)
        for tags, sign in ((gold[wrong], 1), (guess[wrong], -1)):
            rows = buckets[:, wrong]
            columns = np.broadcast_to(tags, rows.shape)
            np.add.at(self.w, (rows, columns), sign)
            np.add.at(self.u, (rows, columns), sign * self.c)
        if len(wrong):
            moves = np.zeros((len(wrong), len(TAGS)))
            moves[np.arange(len(wrong)), gold[wrong]] += 1
            moves[np.arange(len(wrong)), guess[wrong]] -= 1
            change = dense[wrong].T @ moves
            self.dense += change
            self.dense_u += change * self.c
        self.c += 1
        return len(wrong)

    def averaged(self) -> tuple[np.ndarray, np.ndarray]:
        return self.w - self.u / self.c, self.dense - self.dense_u / self.c


def batch(sentences) -> tuple[str, np.ndarray]:
    """Sentences joined by newlines (which the tagger treats as line ends), gold tags with O between."""
    index = {tag: k for k, tag in enumerate(TAGS)}
    text = "\n".join(t for t, _ in sentences)
    gold = []
    for _, tags in sentences:
        gold.extend(index[t] for t in tags)
        gold.append(0)
    return text, np.array(gold[:-1], dtype=np.int64)


def span_f1(sentences, model, lexicon) -> float:
    text, gold = batch(sentences)
    scores = text_scores(code_points(text), feature_buckets(text, lexicon), model)
    guess = decode(scores, clause_ends(text))
    truth, found = set(tag_spans(gold)), set(tag_spans(guess))
    for kind in ("PER", "LOC", "ORG"):
        t, f = {s for s in truth if s[2] == kind}, {s for s in found if s[2] == kind}
        print(f"  {kind} {2 * len(t & f) / max(len(t) + len(f), 1):.3f}", end="")
    hit = len(truth & found)
    return 2 * hit / (len(truth) + len(found)) if truth or found else 1.0


def name_lines(sentences) -> list[str]:
    """`name<TAB>TYPE` of every name in the sentences, each name with its most frequent type."""
    counts = Counter((text[start:end], kind) for text, tags in sentences for start, end, kind in spans(tags))
    best = {}
    for (name, kind), count in sorted(counts.items(), key=lambda item: item[1]):
        if 2 <= len(name) <= LONGEST_NAME:
            best[name] = kind
    return [f"{name}\t{kind}" for name, kind in sorted(best.items())]


def lexicon_of(sentences):
    """The packaged gazetteer, words and clusters, with the names of these training sentences."""
    gazetteer = gzip.decompress((PACKAGE / "gazetteer.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    clusters = read_clusters(gzip.decompress((PACKAGE / "char-clusters.tsv.gz").read_bytes()).decode("utf-8"))
    return read_lexicon(gazetteer, words(), clusters, name_lines(sentences))


def train(args) -> None:
    rng = random.Random(args.seed)
    dev = read_bio(DEV)
    held_out = []
    if args.holdout:
        order = list(range(len(dev)))
        random.Random(args.holdout_seed).shuffle(order)
        held_out = [dev[k] for k in order[:args.holdout]]
        dev = [dev[k] for k in order[args.holdout:]]
    lexicon = lexicon_of(dev)
    # Each sentence is trained with a lexicon that holds the names of the other folds' sentences
    # only, as a text tagged later meets names of the training sentences but not its own.
    fold_of = [k % args.folds for k in range(len(dev))]
    random.Random(args.seed).shuffle(fold_of)
    fold_lexicons = [lexicon_of([s for s, f in zip(dev, fold_of) if f != fold]) for fold in range(args.folds)]
    pools = name_pools(dev, gazetteer_names(), lexicon.surnames, rng, args.composite_orgs)
    vectors = packaged_vectors()
    trainer = Trainer(dense_features(code_points("。"), vectors).shape[1])
    for epoch in range(args.epochs):
        started = time.time()
        data = list(zip(dev, fold_of)) + [(swap_names(s, pools, rng), f) for s, f in zip(dev, fold_of)
                                          for _ in range(args.augment)]
        rng.shuffle(data)
        errors = 0
        for sentence, fold in data:
            text, gold = batch([sentence])
            errors += trainer.step(text, feature_buckets(text, fold_lexicons[fold]),
                                   dense_features(code_points(text), vectors), gold)
        print(f"epoch {epoch + 1}: {errors} characters wrong, {time.time() - started:.0f}s", flush=True)
    weights, dense = trainer.averaged()
    # Name swapping makes the tagger name-happy (recall above precision): a bonus for O on the
    # bias feature evens them out (20, chosen on held-out dev sentences; F1 falls past 24).
    # Bucket of the bias feature: template 0 of any character.
    bias = feature_buckets("。", lexicon)[0, 0]
    for o_bias in args.o_bias:
        weights[bias, 0] += o_bias
        data = model_bytes(weights, dense)
        if held_out:
            f1 = span_f1(held_out, read_model(data, vectors), lexicon)
            print(f"  O bias {o_bias:g}: held-out dev F1 {f1:.4f}", flush=True)
        weights[bias, 0] -= o_bias
    args.out.write_bytes(data)
    # The names the model was trained to find in its lexicon, beside it (`training-names.tsv.gz`).
    names = gzip.compress(("\n".join(name_lines(dev)) + "\n").encode("utf-8"), mtime=0)
    args.out.with_name("training-names.tsv.gz").write_bytes(names)
    print(f"{int((np.abs(weights * 100) >= 0.5).any(axis=1).sum())} buckets kept, {len(data)} bytes → {args.out}")


# A character is one transliterations are written with when it stands beside a · between Han characters
# (汤姆·霍曼) this many times (e, natural log) more often than in the dev news as a whole, at least 3 times.
TRANSLITERATION_RATIO = 1.0
TRANSLITERATION_LEAST = 3
TRUTH = HERE / "truth"
# A · inside quotes or brackets joins a slogan's or column's parts (“一带一路·七彩云南”, （大数据观察·航天日…）).
QUOTED_OR_BRACKETED = re.compile(r"[“《（(【「][^”》）)】」]*$")


def make_transliteration() -> None:
    """The characters foreign names are written with, from unlabelled dev news and the dev split:
    the two characters each side of every · between Han characters in the dev articles dated before
    2026-07-01 (not those of the truth sets), kept where they are much commoner there than in the
    articles' text (尔, 斯, 娃; not 的, 国, 发展), and every character of the dev split's names written
    with a ·.  The articles' titles and slogans (奋进新征程·伟大变革) bring a few others."""
    import enrich_bench

    beside, overall = Counter(), Counter()
    for text in transliteration_texts(enrich_bench):
        overall.update(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
        for dot in re.finditer(r"(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])", text):
            if QUOTED_OR_BRACKETED.search(text, max(0, dot.start() - 15), dot.start()):
                continue
            beside.update(ch for ch in text[dot.start() - 2:dot.start()] + text[dot.end():dot.end() + 2]
                          if "\u4e00" <= ch <= "\u9fff")
    share = sum(beside.values()) / sum(overall.values())
    kept = {ch for ch, count in beside.items() if count >= TRANSLITERATION_LEAST
            and np.log(count / (overall[ch] * share)) >= TRANSLITERATION_RATIO}
    kept |= {ch for name in name_lines(read_bio(DEV)) if name.endswith("\tPER") and "·" in name
             for ch in name.partition("\t")[0] if ch != "·"}
    # Gzipped as the package's other data is (its package data takes enrich/*.gz).
    data = gzip.compress(("".join(sorted(kept)) + "\n").encode("utf-8"), mtime=0)
    (PACKAGE / "transliteration.txt.gz").write_bytes(data)
    print(f"{len(kept)} characters → {PACKAGE / 'transliteration.txt.gz'}")


def transliteration_texts(enrich_bench) -> list[str]:
    """The dev articles' paragraphs dated before 2026-07-01 (not their titles, where · joins a column's name
    to the story's), less the articles the truth sets were drawn from."""
    truth = set()
    for file in ("officials.json", "quantities.json", "foreign-names.json"):
        truth |= {item["article"] for item in json.loads((TRUTH / file).read_text(encoding="utf-8"))}
    return ["\n".join(article["paragraphs"]) for article in enrich_bench.dev_articles()
            if article["date"] < "2026-07-01" and article["id"] not in truth]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    gaz = steps.add_parser("gazetteer")
    gaz.add_argument("dict_path", type=Path, help="jieba's dict.txt")
    gaz.add_argument("jionlp_dictionary", type=Path, help="jionlp's dictionary folder (idioms, China's divisions)")
    fit = steps.add_parser("train")
    fit.add_argument("--epochs", type=int, default=12)
    fit.add_argument("--augment", type=int, default=5)
    fit.add_argument("--seed", type=int, default=7)
    fit.add_argument("--composite-orgs", type=int, default=3000, help="made-up place + organisation names to swap in")
    fit.add_argument("--folds", type=int, default=5, help="training sentences see the names of the other folds")
    fit.add_argument("--holdout", type=int, default=0)
    fit.add_argument("--holdout-seed", type=int, default=0, help="which dev sentences are held out")
    fit.add_argument("--o-bias", type=float, nargs="+", default=[16.0])
    fit.add_argument("--out", type=Path, default=PACKAGE / "ner-model.npz")
    steps.add_parser("transliteration")
    args = parser.parse_args()
    if args.step == "gazetteer":
        make_gazetteer(args.dict_path, args.jionlp_dictionary)
    elif args.step == "transliteration":
        make_transliteration()
    else:
        train(args)


if __name__ == "__main__":
    main()
