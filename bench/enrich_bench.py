"""Measure enrichment: names (span F1), dates (accuracy on a hand-labelled truth set), speed.

    python bench/enrich_bench.py ner [--baseline]   # People's Daily 1998 test + MSRA test
    python bench/enrich_bench.py dates [--baseline] # bench/truth/dates.json
    python bench/enrich_bench.py issue-dates --split dev   # undated pages' inferred issue dates
    python bench/enrich_bench.py quantities [--half dev|held-out] [--show]   # bench/truth/quantities.json
    python bench/enrich_bench.py officials [--half dev|held-out] [--show]    # bench/truth/officials.json
    python bench/enrich_bench.py foreign-names [FILE] [--show]   # bench/truth/foreign-names.json
    python bench/enrich_bench.py speed              # pages per second, one core
    python bench/enrich_bench.py entity-sample --seed 18 --mention-seed 1801 > FILE   # mentions to judge
    python bench/enrich_bench.py precision bench/truth/entity-precision-dev.jsonl   # of the judged mentions
    python bench/enrich_bench.py top bench/truth/entity-precision-dev-top.jsonl      # the most frequent entities

The NER test splits live in ../shared/corpus/ner/ and are read here only,
never by training (`bench/train_ner.py` reads the dev split alone).
`--baseline` also scores jieba.posseg (nr/ns/nt) for names and jionlp for dates,
where those are installed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from banmian.enrich.tagger import spans  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import read_bio  # noqa: E402

HERE = Path(__file__).resolve().parent
NER = HERE.parent.parent / "shared" / "corpus" / "ner"
TESTS = {
    "People's Daily 1998 test": NER / "peoples_daily_1998_ner.example.test",
    "MSRA test": NER / "msra_ner.test.bio.txt",
}
ARTICLES = HERE.parent.parent / "shared" / "corpus" / "news_articles.jsonl"


def span_f1(sentences, tagger) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per type and overall (micro)."""
    hit, gold_n, guess_n = Counter(), Counter(), Counter()
    for text, tags in sentences:
        gold = set(spans(tags))
        guess = {(e.start, e.end, e.type) for e in tagger(text)}
        for start, end, kind in gold:
            gold_n[kind] += 1
        for start, end, kind in guess:
            guess_n[kind] += 1
        for start, end, kind in gold & guess:
            hit[kind] += 1
    table = {}
    for kind in ("PER", "LOC", "ORG", "overall"):
        h = sum(hit.values()) if kind == "overall" else hit[kind]
        g = sum(gold_n.values()) if kind == "overall" else gold_n[kind]
        p = sum(guess_n.values()) if kind == "overall" else guess_n[kind]
        precision, recall = h / p if p else 0.0, h / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[kind] = {"p": precision, "r": recall, "f1": f1}
    return table


def jieba_tagger():
    import jieba
    import jieba.posseg as posseg

    from banmian.model import Entity

    jieba.setLogLevel(60)
    kinds = {"nr": "PER", "ns": "LOC", "nt": "ORG"}

    def tag(text):
        out, at = [], 0
        for word, flag in posseg.cut(text):
            if flag in kinds:
                out.append(Entity(word, kinds[flag], at, at + len(word)))
            at += len(word)
        return out

    return tag


def bench_ner(baseline: bool) -> None:
    from banmian.enrich.entities import tag

    taggers = {"banmian.tag": tag}
    if baseline:
        taggers["jieba.posseg"] = jieba_tagger()
    for test, path in TESTS.items():
        sentences = read_bio(path)
        for name, tagger in taggers.items():
            started = time.time()
            table = span_f1(sentences, tagger)
            chars = sum(len(t) for t, _ in sentences)
            rate = chars / (time.time() - started)
            cells = "  ".join(f"{k} {v['f1']:.3f}" for k, v in table.items())
            print(f"{test:26} {name:13} {cells}  (P {table['overall']['p']:.3f} "
                  f"R {table['overall']['r']:.3f}, {rate:,.0f} chars/s)", flush=True)


def bench_dates(baseline: bool) -> None:
    from banmian.enrich.dates import find_dates

    truth = json.loads((HERE / "truth" / "dates.json").read_text(encoding="utf-8"))
    value_ok = precision_ok = 0
    misses = []
    for item in truth:
        at = item["snippet"].find(item["expression"])
        found = [d for d in find_dates(item["snippet"], item["issue"]) if d.start <= at < d.end]
        value = found[0].value if found else None
        precision = found[0].precision if found else None
        value_ok += value == item["value"]
        precision_ok += precision == item["precision"]
        if value != item["value"]:
            misses.append((item["expression"], item["issue"], item["value"], value, item["snippet"]))
    relative = sum(1 for item in truth if item["value"] and not item["expression"][:1].isdigit())
    print(f"{len(truth)} expressions ({relative} relative or spelled out, "
          f"{sum(1 for i in truth if i['value'] is None)} not dates): "
          f"value {value_ok / len(truth):.3f}, precision {precision_ok / len(truth):.3f}")
    for miss in misses:
        print("  miss:", *miss)
    if baseline:
        jionlp_baseline(truth)


def prf(right: int, guessed: int, wanted: int) -> str:
    precision, recall = right / max(guessed, 1), right / max(wanted, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({right} right of {guessed} found, {wanted} wanted)"


def truth_half(name: str, half: str) -> list[dict]:
    """The items of a hand-checked truth set in one half (bench/RESULTS-enrich.md, session 23): `dev` to work
    on, `held-out` scored once, at the end of the work."""
    return [item for item in json.loads((HERE / "truth" / name).read_text(encoding="utf-8")) if item["split"] == half]


def bench_quantities(half: str, show: bool) -> None:
    """Value and unit, and separately what is counted, of the quantity found at each number of
    bench/truth/quantities.json: a number that is no quantity (十四届, 第3版, 2024年) counts against
    precision when one is found there; a gold `counts` list holds the forms accepted, None among
    them where naming nothing is right too."""
    from banmian.enrich.quantities import find_quantities

    value = Counter()
    counts = Counter()
    approximate = Counter()
    for item in truth_half("quantities.json", half):
        end = item["start"] + len(item["number"])
        found = next((q for q in find_quantities(item["snippet"]) if q.start < end and item["start"] < q.end), None)
        wanted = item["value"] is not None
        right = bool(found and wanted and abs(found.value - item["value"]) <= 1e-6 * abs(item["value"])
                     and found.unit == item["unit"])
        value.update(guessed=found is not None, wanted=wanted, right=right)
        if right:
            approximate.update(seen=1, right=found.approximate == item["approximate"])
        if wanted:
            said = found.counts if found else None
            counted_right = said is not None and said in item["counts"]
            counts.update(guessed=said is not None, right=counted_right,
                          wanted=counted_right or None not in item["counts"])
        if show and (found is not None or wanted) and not (right and (not wanted or said in item["counts"])):
            print("  ", item["snippet"], item["number"], "| truth:", item["value"], item["unit"],
                  item.get("counts"), "| found:", found and (found.text, found.value, found.unit, found.counts))
    print(f"quantities, {half} half: value+unit {prf(value['right'], value['guessed'], value['wanted'])}")
    print(f"  what is counted: {prf(counts['right'], counts['guessed'], counts['wanted'])}; "
          f"approximate right on {approximate['right']} of {approximate['seen']} right values")


def bench_officials(half: str, show: bool) -> None:
    """Person and title or role (or group) pairs of bench/truth/officials.json: a pair is right when
    the person, by canonical form, is a person of the snippet's truth and the title is one of the
    forms it accepts; every title, role or group found for anyone else is a wrong pair."""
    from banmian.enrich.entities import article_entities

    tally = Counter()
    for item in truth_half("officials.json", half):
        accepted = {person["name"]: person["titles"] for person in item["people"]}
        found = {(m.canonical.replace(" ", ""), label) for m in article_entities(item["snippet"]) if m.type == "PER"
                 for label in (m.title or m.role, m.group) if label}
        right = {(name, label) for name, label in found if label in accepted.get(name, ())}
        wanted = sum(1 for titles in accepted.values() if titles)
        tally.update(guessed=len(found), right=len(right), wanted=wanted)
        if show and (len(right) < wanted or len(found) > len(right)):
            print("  ", item["snippet"], "| truth:", {n: t for n, t in accepted.items() if t},
                  "| found:", sorted(found - right))
    print(f"officials, {half} half: person+title/role {prf(tally['right'], tally['guessed'], tally['wanted'])}")


def bench_foreign_names(truth_file: Path | None, show: bool) -> None:
    """People (exact spans) `tag` finds in the sentences of bench/truth/foreign-names.json, which name
    many foreign people: precision and recall over every person labelled, and recall over those whose
    names are transliterated (汤姆·霍曼, 埃尔多安; not 洪森, 安倍晋三)."""
    from banmian.enrich import tag

    tally = Counter()
    for item in json.loads((truth_file or HERE / "truth" / "foreign-names.json").read_text(encoding="utf-8")):
        text = item["sentence"]
        gold = {(p["start"], p["end"]) for p in item["people"]}
        transliterated = {(p["start"], p["end"]) for p in item["people"] if p["transliterated"]}
        found = {(e.start, e.end) for e in tag(text) if e.type == "PER"}
        tally.update(guessed=len(found), wanted=len(gold), right=len(found & gold),
                     transliterated=len(transliterated), transliterated_right=len(found & transliterated))
        if show and found != gold:
            print("   missed:", [text[a:b] for a, b in sorted(gold - found)],
                  "wrong:", [text[a:b] for a, b in sorted(found - gold)], "|", text)
    print(f"foreign names: people {prf(tally['right'], tally['guessed'], tally['wanted'])}; "
          f"transliterated names found whole {tally['transliterated_right']} of {tally['transliterated']}")


def bench_issue_dates(split: str) -> None:
    """How often an undated page's issue date is inferred, and how often rightly: the corpus's
    printed pages (人民日报 and 光明日报 articles grouped by date and page), on the split's pages
    of bench/pagegen.py.  Right means no later than the issue and at most a week before it."""
    import pagegen
    from banmian.enrich.dates import infer_issue_date

    corpus = pagegen.load(HERE.parent.parent / "shared")
    pages: dict[tuple, list[str]] = {}
    for article in corpus.articles.values():
        if article.get("page") and corpus.split_of.get(article["id"]) == split:
            key = (article["publication"], article["date"], article["page"])
            pages.setdefault(key, []).append("\n".join([article["title"], *article["paragraphs"]]))
    outcome = Counter()
    for (_, issue, _), texts in pages.items():
        inferred = infer_issue_date(texts)
        if inferred is None:
            outcome["none"] += 1
            continue
        days = (date.fromisoformat(issue) - date.fromisoformat(inferred)).days
        outcome["exact" if days == 0 else "within a week" if 0 < days <= 7 else "wrong"] += 1
    inferred = len(pages) - outcome["none"]
    right = outcome["exact"] + outcome["within a week"]
    print(f"{len(pages)} {split} pages: inferred {inferred / len(pages):.3f}; right (the issue or up to a week "
          f"before it) {right / len(pages):.3f} of all, {right / max(inferred, 1):.3f} of those inferred; "
          f"exact {outcome['exact'] / len(pages):.3f}; wrong {outcome['wrong'] / len(pages):.3f}")


def jionlp_value(parsed: dict, issue: str) -> tuple[str | None, str | None]:
    """jionlp.parse_time's answer in this benchmark's terms (value, precision)."""
    start, end = parsed["time"][0], parsed["time"][1]
    if end == "inf":
        return f"{start[:10]}/{issue}", "range"
    if start[:10] == end[:10]:
        return start[:10], "day"
    if start[:7] == end[:7] and start[8:10] == "01":
        return start[:7], "month"
    if start[:4] == end[:4] and start[5:10] == "01-01" and end[5:10] == "12-31":
        return start[:4], "year"
    return f"{start[:10]}/{end[:10]}", "range"


def jionlp_baseline(truth: list[dict]) -> None:
    """jionlp.parse_time, handed each expression itself (it does not find them) and the issue date."""
    try:
        import jionlp
    except ImportError:
        print("jionlp is not installed: no baseline")
        return
    value_ok = precision_ok = 0
    for item in truth:
        year, month, day = map(int, item["issue"].split("-"))
        try:
            parsed = jionlp.parse_time(item["expression"], time_base={"year": year, "month": month, "day": day})
            value, precision = jionlp_value(parsed, item["issue"])
        except Exception:  # jionlp raises on what it cannot read
            value, precision = None, None
        value_ok += value == item["value"]
        precision_ok += precision == item["precision"]
    print(f"jionlp.parse_time baseline: value {value_ok / len(truth):.3f}, precision {precision_ok / len(truth):.3f}")


def bench_speed() -> None:
    """Pages enriched per second on one core, the model already loaded (rebuild not timed).

    Time is the process's CPU time, so that other work on a shared machine does not
    count against it.

    Two sets: the example pages in examples/, and 40 real People's Daily pages
    put together from ../shared/corpus/news_articles.jsonl (the articles the
    e-paper printed on one page of one day).
    """
    from banmian import rebuild
    from banmian.enrich import enrich_page, tag
    from banmian.model import Article, Page

    tag("预热。")  # load the model and gazetteer once, as a long-running process would
    examples = [rebuild(path.read_text(encoding="utf-8")) for path in sorted((HERE.parent / "examples").glob("*.txt"))]
    by_page: dict[str, list[Article]] = {}
    dates = {}
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if not row["id"].startswith("rmrb-") or not row.get("page"):
                continue
            key = f"{row['date']}-{row['page']}"
            dates[key] = row["date"]
            by_page.setdefault(key, []).append(Article(id=row["id"], headline=[row["title"]], paragraphs=row["paragraphs"]))
    real = [Page(date=dates[k], articles=v) for k, v in sorted(by_page.items())[:40]]
    for name, pages in (("example pages", examples), ("real People's Daily pages", real)):
        chars = sum(len(a.text()) for p in pages for a in p.articles)
        rounds, started = 0, time.process_time()
        while time.process_time() - started < 5 or rounds == 0:
            for page in pages:
                enrich_page(page)
            rounds += 1
        rate = rounds * len(pages) / (time.process_time() - started)
        print(f"{name:26} {rate:6.1f} pages/s  ({rate * chars / len(pages):,.0f} chars/s; "
              f"{len(pages)} pages of {chars / len(pages):,.0f} characters on average)")
    stage_times(real)


def stage_times(pages) -> None:
    """Milliseconds per page of each enrichment stage (best of five rounds)."""
    from banmian.enrich.dates import find_dates
    from banmian.enrich.entities import article_entities
    from banmian.enrich.quantities import find_quantities

    articles = [(article.text(), page.date) for page in pages for article in page.articles]
    stages = {"names": lambda text, issue: article_entities(text),
              "dates": find_dates, "quantities": lambda text, issue: find_quantities(text)}
    for name, stage in stages.items():
        best = float("inf")
        for _ in range(5):
            started = time.process_time()
            for text, issue in articles:
                stage(text, issue)
            best = min(best, time.process_time() - started)
        print(f"  {name:12} {best / len(pages) * 1000:5.2f} ms/page")


def dev_articles() -> list[dict]:
    """The news corpus's dev articles (bench/pagegen.py's split), in id order."""
    import pagegen

    corpus = pagegen.load(HERE.parent.parent / "shared")
    return sorted((a for a in corpus.articles.values() if corpus.split_of.get(a["id"]) == "dev"),
                  key=lambda a: a["id"])


def article_text(article: dict) -> str:
    """An article's text as `Article.text()` gives it: the title, then the paragraphs, one a line."""
    return "\n".join([article["title"], *article["paragraphs"]])


def mentions_of_articles(articles: list[dict]) -> list[dict]:
    """Every mention `texts_entities` finds in the articles, with the form users see it under."""
    from banmian.enrich.entities import texts_entities

    found = []
    for at in range(0, len(articles), 20):
        batch = articles[at:at + 20]
        texts = [article_text(a) for a in batch]
        for article, text, mentions in zip(batch, texts, texts_entities(texts), strict=True):
            found += [{"article": article["id"], "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                       "form": m.canonical, "context": text[max(0, m.start - 12):m.end + 12].replace("\n", "/")}
                      for m in mentions]
    return found


def entity_sample(seed: int, articles: int, mention_seed: int, per_type: int) -> None:
    """A sample of mentions to judge: `articles` dev articles drawn with `seed`, tagged, then
    `per_type` mentions of each type drawn with `mention_seed`; one JSON line each."""
    import random

    drawn = random.Random(seed).sample(dev_articles(), articles)
    mentions = mentions_of_articles(drawn)
    rng = random.Random(mention_seed)
    for kind in ("PER", "LOC", "ORG"):
        for mention in rng.sample([m for m in mentions if m["type"] == kind], per_type):
            print(json.dumps(mention, ensure_ascii=False))


def bench_precision(truth_file: Path) -> None:
    """Precision of the mentions users see, on a judged sample (bench/truth/README.md).

    Each line of the file judges one mention: article, offsets, type and the canonical form
    shown (`ok`).  Lines with `sample` are the draw; the mentions found now at their places
    (overlapping them) are looked up among all the judged lines, so a change is scored on the
    same places; a mention found there that no line judges is listed, to be judged and added,
    and so is a place that had a right mention and has none now.
    """
    judged = [json.loads(line) for line in truth_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdict = {(j["article"], j["start"], j["end"], j["type"], j["form"]): j["ok"] for j in judged}
    places = [j for j in judged if j.get("sample")]
    wanted = {j["article"] for j in places}
    by_article: dict[str, list[dict]] = {}
    for mention in mentions_of_articles([a for a in dev_articles() if a["id"] in wanted]):
        by_article.setdefault(mention["article"], []).append(mention)
    right, shown, lost, unjudged = Counter(), Counter(), Counter(), []
    for place in places:
        here = {(m["start"], m["end"], m["type"], m["form"]): m for m in by_article.get(place["article"], ())
                if m["start"] < place["end"] and place["start"] < m["end"]}
        if place["ok"] and not any(verdict.get((place["article"], *key)) for key in here):
            lost[place["type"]] += 1
            print("  lost:", place["text"], place["type"], place["form"], place["article"], place["start"])
        for (start, end, kind, form), mention in here.items():
            ok = verdict.get((place["article"], start, end, kind, form))
            if ok is None:
                unjudged.append(mention)
                continue
            shown[place["type"]] += 1
            right[place["type"]] += ok
    cells = "  ".join(f"{k} {right[k] / shown[k]:.3f} ({right[k]}/{shown[k]})" for k in ("PER", "LOC", "ORG"))
    total = sum(right.values()) / max(sum(shown.values()), 1)
    print(f"{truth_file.name}: precision {total:.3f}  {cells}; places with a right mention that have none now: "
          f"{sum(lost.values())} ({', '.join(f'{k} {v}' for k, v in sorted(lost.items()))})")
    for mention in unjudged:
        print("  unjudged:", json.dumps(mention, ensure_ascii=False))


def bench_top(truth_file: Path, seed: int, articles: int, top: int) -> None:
    """The `top` entities of each type in most of `articles` dev articles drawn with `seed`, as an
    entity list shows them, against entities judged by hand (a JSON line each: type, form, ok):
    how many of them are not names of their type; those no line judges are listed."""
    import random

    judged = {(j["type"], j["form"]): j["ok"] for j in map(json.loads, truth_file.read_text(encoding="utf-8").splitlines())}
    in_articles: dict[tuple[str, str], set[str]] = {}
    for mention in mentions_of_articles(random.Random(seed).sample(dev_articles(), articles)):
        in_articles.setdefault((mention["type"], mention["form"]), set()).add(mention["article"])
    for kind in ("PER", "LOC", "ORG"):
        ranked = sorted((k for k in in_articles if k[0] == kind), key=lambda k: (-len(in_articles[k]), k[1]))[:top]
        wrong = [k[1] for k in ranked if judged.get(k) is False]
        unjudged = [k[1] for k in ranked if k not in judged]
        print(f"{kind}: {len(wrong)} of the top {top} are not names ({' '.join(wrong)})"
              + (f"; unjudged: {' '.join(unjudged)}" if unjudged else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("ner", "dates", "issue-dates", "quantities", "officials", "speed",
                                               "entity-sample", "precision", "top", "foreign-names"))
    parser.add_argument("truth", nargs="?", type=Path,
                        help="precision, top: the judged mentions or entities; foreign-names: the labelled sentences")
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--seed", type=int, default=18, help="entity-sample, top: draw of dev articles")
    parser.add_argument("--articles", type=int, default=1500, help="entity-sample, top: how many articles")
    parser.add_argument("--mention-seed", type=int, default=1801, help="entity-sample: draw of mentions")
    parser.add_argument("--per-type", type=int, default=100, help="entity-sample: mentions of each type")
    parser.add_argument("--top", type=int, default=40, help="top: how many entities of each type")
    parser.add_argument("--split", choices=("dev", "test"), default="dev", help="issue-dates: whose pages")
    parser.add_argument("--half", choices=("dev", "held-out"), default="dev",
                        help="quantities, officials: which half of the truth set (held-out: once, at the end)")
    parser.add_argument("--show", action="store_true",
                        help="quantities, officials, foreign-names: list what is not right")
    args = parser.parse_args()
    if args.what == "ner":
        bench_ner(args.baseline)
    elif args.what == "dates":
        bench_dates(args.baseline)
    elif args.what == "issue-dates":
        bench_issue_dates(args.split)
    elif args.what == "quantities":
        bench_quantities(args.half, args.show)
    elif args.what == "officials":
        bench_officials(args.half, args.show)
    elif args.what == "entity-sample":
        entity_sample(args.seed, args.articles, args.mention_seed, args.per_type)
    elif args.what == "precision":
        bench_precision(args.truth)
    elif args.what == "foreign-names":
        bench_foreign_names(args.truth, args.show)
    elif args.what == "top":
        bench_top(args.truth, args.seed, args.articles, args.top)
    else:
        bench_speed()


if __name__ == "__main__":
    main()
