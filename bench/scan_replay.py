#!/usr/bin/env python3
"""Replay the scan reader over the recogniser's cached output: change a repair, see it in seconds.

Reading a 300-dpi dev page takes the networks about 40 CPU seconds; all the
reader does after them (the CTC decoding with ocr_lm.py, the ink repairs of
scan.py, the line and column analysis) and the rebuild take two or three.
So the first run of a page records, for every crop the reader hands the
engine, the detector's boxes and the recogniser's five most probable
characters at each CTC step of each line; later runs answer from that
record and decode it with the reader as it is now.  A repair that asks about
a crop the record lacks runs the networks for it and adds it to the record.

    # record (first time: minutes a seed) or replay (seconds a page); one line a page, then a summary
    nice -n 5 taskset -c 0 python bench/scan_replay.py run --seeds 2-12
    python bench/scan_replay.py run --seeds 13 --articles --errors   # why each article failed, each line read wrong
    # (the summary also counts the articles flagged for low OCR confidence against those with character errors)
    # every cached line decoded with ocr_lm as it is and with a constant changed: the lines that change
    python bench/scan_replay.py decode-diff --seeds 2-12 --set UNIGRAM_WEIGHT=0.5
    # the recogniser's top 5 at each step of the cached lines whose text holds 期肝
    python bench/scan_replay.py probe --seeds 12 期肝

Records are kept under bench/out/scan-cache/ (`--cache`), one file a split,
seed and resolution, about 1-5 MB each; they hold pdfgen's pages as the
generator draws them now, so a change to bench/pdfgen.py, pagegen.py or the
scanning in scan_bench.py (or to the networks' input: deskew, crops) makes
new ones.  The numbers are scan_bench.py's (same pages, same degradation,
same metrics), less the speed; an article counts as failed on characters
where the same lines with the typeset text on them would rebuild it exactly,
else on layout.  Iterate on dev seeds; never on the test split.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import pickle
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402
import pagegen  # noqa: E402
import pdfgen  # noqa: E402
import scan_bench  # noqa: E402

CACHE = BENCH / "out" / "scan-cache"
TOP = 5  # characters kept a step


class _Recorder:
    """Stands in for rapidocr's CTC decoder while recording: keeps each line's top characters a step
    and answers with a token that stands for the line."""

    def __init__(self, plain, lines: list):
        self.plain, self.lines = plain, lines

    def __call__(self, preds, return_word_box=False, **kwargs):
        import numpy as np

        results, _ = self.plain(preds, False, **kwargs)
        out = []
        for line, (text, score) in zip(preds, results):
            if text == "":
                out.append(("", score))
                continue
            indices = np.argsort(-line, axis=1)[:, :TOP]
            probabilities = np.take_along_axis(line, indices, axis=1)
            keep = len(indices)  # the padding at the end: blank, and sure of it
            while keep and indices[keep - 1, 0] == 0 and probabilities[keep - 1, 0] > 0.999:
                keep -= 1
            self.lines.append((indices[:keep].astype(np.int16), probabilities[:keep].astype(np.float16)))
            out.append((f"\x00{len(self.lines) - 1}\x00", score))
        return out, []


class CachedEngine:
    """The reader's OCR engine, answering from a record where it can (see the module's docstring)."""

    def __init__(self, path: Path):
        self.path = path
        self.store = pickle.loads(path.read_bytes()) if path.exists() else {"calls": {}, "lines": []}
        self.engine = None
        self.misses = 0

    def _networks(self):
        if self.engine is None:
            from banmian.read.scan import ocr_engine
            from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

            ocr_engine.cache_clear()  # a private engine: its decoder is swapped for the recorder
            self.engine = ocr_engine()
            ocr_engine.cache_clear()
            recogniser = self.engine._load_rec_model()
            characters = list(recogniser.postprocess_op.character)
            plain = CTCLabelDecode.__new__(CTCLabelDecode)
            plain.character, plain.dict = characters, {c: i for i, c in enumerate(characters)}
            recogniser.postprocess_op = _Recorder(plain, self.store["lines"])
            self.store.setdefault("character", characters)
        return self.engine

    def characters(self) -> list[str]:
        if "character" not in self.store:
            self._networks()
        return self.store["character"]

    def decode(self, number: int) -> tuple[str, float]:
        from banmian.read import ocr_lm

        indices, probabilities = steps(self.store["lines"][number])
        return ocr_lm.decode_steps(indices, probabilities, self.characters(), ocr_lm.character_model())

    def __call__(self, array, **kwargs):
        import numpy as np

        key = (hashlib.sha1(np.ascontiguousarray(array).tobytes()).hexdigest(), array.shape, tuple(sorted(kwargs.items())))
        if key not in self.store["calls"]:
            self.misses += 1
            result = self._networks()(array, **kwargs)
            boxes = getattr(result, "boxes", None)
            self.store["calls"][key] = SimpleNamespace(
                boxes=None if boxes is None else [np.asarray(box).tolist() for box in boxes],
                txts=tuple(result.txts or ()), scores=tuple(result.scores or ()))
        call = self.store["calls"][key]
        texts, scores = [], []
        for text, score in zip(call.txts, call.scores):
            if text.startswith("\x00"):
                text, score = self.decode(int(text.strip("\x00")))
            texts.append(text)
            scores.append(score)
        return SimpleNamespace(boxes=call.boxes, txts=tuple(texts), scores=tuple(scores))

    def save(self) -> None:
        self.characters()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(pickle.dumps(self.store))


def steps(line):
    """A recorded line's top characters a step as ocr_lm.top_steps gives them: the rivals it does
    not keep left out."""
    import numpy as np
    from banmian.read import ocr_lm

    indices, probabilities = line[0].astype(np.int64), line[1].astype(np.float32)
    probabilities[~ocr_lm.rivals_kept(indices[:, 0], probabilities[:, 0]), 1:] = 0.0
    return indices, probabilities


def _seeds(text: str) -> list[int]:
    seeds = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        seeds += list(range(int(first), int(last or first) + 1))
    return seeds


def _record(args, seed: int) -> Path:
    return args.cache / f"{args.split}-s{seed}-{args.dpi}.pkl"


def _owners(drawn: list[dict], lines) -> dict[int, int]:
    """Each typeset line's read line: the one its middle lies in that overlaps it most."""
    owner = {}
    for index, item in enumerate(drawn):
        x0, y0, x1, y1 = item["box"]
        middle, best, overlap = (y0 + y1) / 2, None, 0.0
        for number, line in enumerate(lines):
            box = line.bbox
            if box.y0 <= middle <= box.y1 and min(x1, box.x1) - max(x0, box.x0) > overlap:
                best, overlap = number, min(x1, box.x1) - max(x0, box.x0)
        if best is not None:
            owner[index] = best
    return owner


def run(args) -> int:
    from banmian.read.scan import ocr_page
    from banmian.rebuild import rebuild_lines

    grand, why, flags = Counter(), Counter(), Counter()
    for seed in _seeds(args.seeds):
        engine = CachedEngine(_record(args, seed))
        counts, scores = Counter(), Counter()
        for truth in pdfgen.iterate(pagegen.DEFAULT_SHARED, args.split, args.count, seed):
            image, skew = scan_bench.scanned(truth["pdf"], args.dpi, random.Random(f"{truth['name']}|{args.dpi}"))
            lines, figures, _turned = ocr_page(image, engine, 72 / args.dpi)  # upright pages: never turned
            page = rebuild_lines(lines, figures=figures)
            straight = scan_bench.on_the_page(lines, skew, image.size, args.dpi)
            errors = scan_bench.character_errors(truth["drawn"], straight)
            counts.update(errors["counts"])
            placed, _ = pdfgen.truth_for_lines(truth, straight)
            score = accuracy.score_page(placed, page)
            scores.update(score)
            owner = _owners(truth["drawn"], straight)
            typeset = [[truth["drawn"][i] for i in sorted((i for i, n in owner.items() if n == number),
                                                           key=lambda i: truth["drawn"][i]["box"][0])]
                       for number in range(len(lines))]
            oracle = rebuild_lines([replace(line, text="".join(d["text"] for d in mine)) if mine else line
                                    for line, mine in zip(lines, typeset)], figures=figures)
            print(f"s{seed} {truth['name']}: exact {score['exact']}/{score['articles']}, segmented {score['segmented']}, "
                  f"character errors {errors['counts']['strict']}/{errors['counts']['reference']}")
            _failures(placed, page, oracle, why, args.articles)
            _flags(page, errors["per_line"], flags, args.articles)
            if args.errors:
                _line_errors(lines, typeset)
        if engine.misses:
            engine.save()
        grand.update(scores)
        grand.update({"strict": counts["strict"], "reference": counts["reference"]})
        print(f"seed {seed}: exact {scores['exact']}/{scores['articles']}, segmented {scores['segmented']}, "
              f"CER strict {counts['strict'] / max(1, counts['reference']):.4%} ({engine.misses} crops read anew)")
    print(f"all: exact {grand['exact']}/{grand['articles']}, segmented {grand['segmented']}, "
          f"CER strict {grand['strict'] / max(1, grand['reference']):.4%}; failed on {dict(why)}")
    print(f"low-confidence flag: {flags['flagged', True] + flags['flagged', False]} of {sum(flags.values())} "
          f"articles flagged, {flags['flagged', True]} of them with character errors; "
          f"{flags['flagged', True]} of the {flags['flagged', True] + flags['passed', True]} "
          f"articles with character errors flagged")
    return 0


def _flags(page, per_line: dict[int, tuple[int, int]], flags: Counter, show: bool) -> None:
    """Counts each article by whether the low-confidence flag fired and whether its lines hold
    character errors (scan_bench's, strict): the flag is for archivists to find the second."""
    for article in page.articles:
        if article.ocr_confidence is None:
            continue
        errors = sum(per_line.get(n, (0, 0))[0] for n in article.source_lines)
        flagged = "flagged" if article.low_ocr_confidence else "passed"
        flags[flagged, errors > 0] += 1
        if show and (article.low_ocr_confidence or errors):
            print(f"  {flagged} ({article.ocr_confidence:.3f}), {errors} character errors: {''.join(article.headline)[:20]}")


def _failures(placed, page, oracle, why: Counter, show: bool) -> None:
    for (wanted, article, exact), (_, _, typeset_exact) in zip(accuracy.match_articles(placed, page),
                                                               accuracy.match_articles(placed, oracle)):
        if exact:
            continue
        kind = "characters" if typeset_exact else "layout"
        why[kind] += 1
        key = accuracy.article_key(wanted["headline"], wanted["paragraphs"])
        print(f"  FAILED on {kind}: {'/'.join(key[0])}")
        if not show:
            continue
        if article is None:
            print("    no article")
            continue
        got = accuracy.article_key(article.headline, article.paragraphs)
        a, b = "|".join(key[0]) + "##" + "|".join(key[1]), "|".join(got[0]) + "##" + "|".join(got[1])
        for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op != "equal":
                print(f"    {op} {a[a0:a1][:50]!r} -> {b[b0:b1][:50]!r} after ..{a[max(0, a0 - 12):a0]}")


def _line_errors(lines, typeset) -> None:
    for line, mine in zip(lines, typeset):
        want, got = "".join("".join(d["text"] for d in mine).split()), "".join(line.text.split())
        if not mine or want == got:
            continue
        ops = [f"{want[a0:a1]!r}->{got[b0:b1]!r}" for op, a0, a1, b0, b1
               in difflib.SequenceMatcher(None, want, got, autojunk=False).get_opcodes() if op != "equal"]
        print(f"    line {' '.join(ops)}  in {want[:40]}")


def _stores(args) -> dict[int, dict]:
    stores = {}
    for seed in _seeds(args.seeds):
        path = _record(args, seed)
        if not path.exists():
            print(f"no record {path}: `run --seeds {seed}` first", file=sys.stderr)
            continue
        stores[seed] = pickle.loads(path.read_bytes())
    return stores


def decode_diff(args) -> int:
    from banmian.read import ocr_lm

    stores = _stores(args)

    def decoded() -> dict:
        model = ocr_lm.character_model()
        return {(seed, number): ocr_lm.decode_steps(*steps(line), store["character"], model)[0]
                for seed, store in stores.items() for number, line in enumerate(store["lines"])}

    before = decoded()
    for setting in args.set:
        name, _, value = setting.partition("=")
        setattr(ocr_lm, name, type(getattr(ocr_lm, name))(value))
    after = decoded()
    seen = set()
    for key, text in before.items():
        if text != after[key] and (text, after[key]) not in seen:
            seen.add((text, after[key]))
            ops = [f"{text[max(0, a0 - 3):a1 + 3]} -> {after[key][max(0, b0 - 3):b1 + 3]}" for op, a0, a1, b0, b1
                   in difflib.SequenceMatcher(None, text, after[key], autojunk=False).get_opcodes() if op != "equal"]
            print(f"seed {key[0]} line {key[1]}: {' ; '.join(ops)}")
    print(f"{len(seen)} lines changed of {len(before)}")
    return 0


def probe(args) -> int:
    from banmian.read import ocr_lm

    model = ocr_lm.character_model()
    for seed, store in _stores(args).items():
        characters = store["character"]
        for number, line in enumerate(store["lines"]):
            indices, probabilities = steps(line)
            text = ocr_lm.decode_steps(indices, probabilities, characters, model)[0]
            if not any(pattern in text for pattern in args.text):
                continue
            print(f"seed {seed} line {number}: {text}")
            for step in range(len(indices)):
                if indices[step, 0] or probabilities[step, 0] < 0.99:
                    print(f"  {step:4d} " + " ".join(f"{characters[i] if i else '_'}:{p:.3f}" for i, p
                                                   in zip(line[0][step].tolist(), line[1][step].tolist())))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in [("run", "read and rebuild the pages, scored"), ("decode-diff", "lines a decoding change changes"),
                            ("probe", "top characters a step of cached lines")]:
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--seeds", default="2", help="dev seeds, as 2-12 or 2,5,13")
        command.add_argument("--split", default="dev", choices=["dev"], help="the test split is for the final number only")
        command.add_argument("--dpi", type=int, default=300)
        command.add_argument("--count", type=int, default=6, help="pages a seed")
        command.add_argument("--cache", type=Path, default=CACHE)
    commands.choices["run"].add_argument("--articles", action="store_true", help="how each failed article differs")
    commands.choices["run"].add_argument("--errors", action="store_true", help="each line read wrong")
    commands.choices["decode-diff"].add_argument("--set", action="append", default=[], help="ocr_lm constant=value")
    commands.choices["probe"].add_argument("text", nargs="+")
    args = parser.parse_args(argv)
    return {"run": run, "decode-diff": decode_diff, "probe": probe}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
