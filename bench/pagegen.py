#!/usr/bin/env python3
"""Realistic raw Chinese newspaper pages, with their truth, made from the real corpus.

    python bench/pagegen.py --split dev --count 50 --seed 0 --out bench/out/dev
    python bench/pagegen.py --split test --show 3

Each generated page follows one real printed page of 人民日报 (from
`corpus/pages/rmrb_2026_page_manifest.jsonl`: which real articles, photos and
editor lines shared the page, in e-paper order) or a run of real articles of
one day from the other sources (人民日报 January issues, 光明日报, 新华社,
新闻联播), and prints it the way PDF text extraction delivers a page:

* ``fragments``: one line per paragraph with blank lines between lines; a
  paragraph cut by a column end becomes two (or more) lines;
* ``wrapped``: hard-wrapped printed lines (width 10–30 full-width characters,
  Chinese line-breaking rules), paragraphs marked by a leading indent or not at
  all, a blank line at each column end.

Headlines (with column tags as kicker lines, split lines, layout spaces),
datelines and bylines (in the first paragraph, as ``本报讯（记者…）`` or as a
stand-alone ``本报记者 王 正`` line), photo captions and credits, jumps
(``（下转第四版）`` on the first page, the rest of the article after
``（上接第一版）`` on the page it jumps to), page headers and editor lines are
all varied by the random generator, which is seeded: a seed always gives the
same pages.

Split: 人民日报 issues (manifest dates) before 2026-07-01 are ``dev``, the later
ones ``test``.  Articles outside the manifest are ``test`` if dated from
2026-07-01 on, else assigned by a hash of their (publication, date[, page]),
so whole source pages/days go one way and no article is in both splits.

Truth of one page (also written as NNNN.json)::

    {"name", "split", "form", "text", "paper", "date", "page",
     "lines": [{"n", "article", "field", "block"[, "jump_text"]}],   # one per non-blank line
     "articles": [{"kind", "headline", "paragraphs", "byline", "dateline",
                   "continued_on", "continued_from", "source_id"}],
     "furniture": [...], "source": "..."}

A line that carries a jump glued to its body text (``（上接第一版）四月的…`` or
``…取得成效。（下转第四版）``) is placed in its paragraph, and its entry has
``jump_text``: that text (at the start or the end of the cleaned line) is not
part of the paragraph.  Python standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
ARTICLES_FILE = Path("corpus") / "news_articles.jsonl"
MANIFEST_FILE = Path("corpus") / "pages" / "rmrb_2026_page_manifest.jsonl"
SPLIT_DATE = "2026-07-01"
SPLITS = ("dev", "test")

MAX_ARTICLES = 8
MAX_PHOTOS = 3

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
NO_LINE_START = "，。、；：？！）》」』】”’…,.;:?!)%·"
OPENERS = "“‘（《「『【(["
_SPACES = re.compile(r"[\s\u3000]+")
_CN_DIGITS = "零一二三四五六七八九"

# --- text helpers -------------------------------------------------------------


def clean(raw: str) -> str:
    """A line as the reader sees it: inner whitespace runs collapsed, trimmed."""
    return _SPACES.sub(" ", raw).strip()


def _nonspace(text: str) -> str:
    return _SPACES.sub("", text)


def cn_number(n: int) -> str:
    """4 → 四, 10 → 十, 12 → 十二, 20 → 二十."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + ("" if ones == 0 else _CN_DIGITS[ones])


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def text_width(text: str) -> float:
    return sum(_width(ch) for ch in text)


def _stable(*parts: object) -> int:
    digest = hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


def _pad_name(name: str) -> str:
    """Papers pad two-character names to three cells: 王正 → 王 正."""
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


# --- names and credits ---------------------------------------------------------

_ORG = r"(?:本报|新华社|人民网|中新社|人民日报|光明日报|经济日报|央视网)"
_ROLE = re.compile(rf"{_ORG}?(?:特约|首席|见习)?(?:摄影记者|记者|通讯员|实习生)")
_BARE_NAMES = re.compile(rf"^[{CJK}·]{{2,4}}(?:[、，, ][{CJK}·]{{2,4}})*$")
_NAME_TOKEN = re.compile(rf"^[{CJK}·•]{{1,8}}$")


def _split_names(segment: str) -> list[str]:
    """'王 正 李 四' / '王悦阳、戴小河' / '王晓梅 王雷' → names without padding."""
    names: list[str] = []
    for part in re.split(r"[、，,/]", segment):
        tokens = part.split()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
                token += tokens[i + 1]
                i += 1
            i += 1
            if _NAME_TOKEN.match(token) and len(token) >= 2:
                names.append(token)
    return names


def _role_list(role: str) -> str:
    if "实习生" in role:
        return "interns"
    if "通讯员" in role:
        return "correspondents"
    return "reporters"


def parse_byline(text: str, default: str = "reporters") -> dict[str, list[str]]:
    """'记者李君强、王靖远 通讯员陈丹' → {'reporters': [...], 'correspondents': [...]}."""
    found: dict[str, list[str]] = defaultdict(list)
    pos, role = 0, default
    for match in _ROLE.finditer(text):
        for name in _split_names(text[pos:match.start()]):
            found[role].append(name)
        role, pos = _role_list(match.group(0)), match.end()
    for name in _split_names(text[pos:]):
        found[role].append(name)
    return dict(found)


_CREDIT_LINE = re.compile(
    rf"^(?:以上图片均为|图片均为|本版图片均为|以上图片为)?\s*(?P<body>[{CJK}·、/ ]{{2,40}}?)"
    r"\s*(?P<verb>摄影报道|摄影|摄|供图|/图)\s*(?:[（(][^（）()]{1,12}[）)])?$"
)
_WRITTEN_AND_PHOTO = re.compile(rf"^(?P<words>[^文]*记者[^文]*[{CJK}])文\s*(?P<photo>\S{{2,}}.*\S(?:摄|供图))$")
_TEXT_CREDIT = re.compile(rf"^(?P<body>[{CJK} ]{{1,6}})文$")


def parse_credit(text: str) -> dict[str, list[str]] | None:
    """A photo credit line → names; None if the line is not a credit."""
    if len(text) > 45 or re.search(r"[，。；：！？“”]", text):
        return None
    if "/文" in text and "/图" in text:
        words, photo = text.split("/文", 1)
        return {"reporters": _names_only(words), "photographers": _names_only(photo.replace("/图", ""))}
    written = _WRITTEN_AND_PHOTO.match(text)
    if written:  # 本报记者 李君强文 新华社记者 陈晔华摄: the text's writer, then the photographer
        return {"reporters": _names_only(written["words"]),
                "photographers": (parse_credit(written["photo"]) or {}).get("photographers", [])}
    match = _CREDIT_LINE.match(text)
    if match:
        if match["verb"] == "供图":
            return {"photographers": []}
        names = _names_only(match["body"])
        return {"photographers": names} if names else None
    match = _TEXT_CREDIT.match(text)
    if match and " " in match["body"] and len(_nonspace(match["body"])) in (2, 3):
        return {"reporters": _names_only(match["body"])}
    return None


def _names_only(text: str) -> list[str]:
    out: list[str] = []
    for names in parse_byline(text).values():
        out.extend(names)
    return out


_BYLINE_PARA = re.compile(
    rf"^(?:本报|新华社|人民网)?(?:特约)?(?:记者|通讯员)\s+[{CJK} ]{{2,24}}$"
)


def parse_byline_paragraph(text: str) -> dict[str, list[str]] | None:
    """A stand-alone byline paragraph inside the corpus text: '本报记者 钟自炜'."""
    if len(text) > 30 or not _BYLINE_PARA.match(text):
        return None
    names = parse_byline(text)
    return names if any(names.values()) else None


_DATELINE = re.compile(
    rf"^(?:本报讯|[{CJK}]{{2,8}}报讯|据新华社[{CJK}]{{0,12}}?(?:\d+月\d+日)?电|"
    rf"(?:本报|新华社|中新社)[{CJK}]{{0,12}}?\d+月\d+日电)"
)
_NEWSY = re.compile(r"^(?:\d+月\d+日|\d{4}年|近日|日前|今年|近年来|近期|当天|昨天|今天|记者从|连日来|截至)")
_PAREN_CREDIT = re.compile(r"^\s*[（(](?P<credit>[^（）()]{1,60})[)）]")


# …投资便利化。（记者吴雨） / （本报记者 严圣禾） / （本报记者 刘硕阳整理） / （新华社北京5月18日电 记者王思北）:
# the story's writers, credited at its end
_CLOSING = re.compile(r"(?:^|[。！？…”])[（(](?:(?:新华社|中新社)[^（）()]{0,16}?电\s*)?"
                      r"(?P<credit>(?:本报|新华社|特约)?(?:记者|通讯员|实习生)[^（）()]{1,60}?)"
                      r"(?:采访整理|参与采写|整理|采写)?[）)]$")


def _later_dateline_credit(text: str) -> dict[str, list[str]] | None:
    """Names from a round-up's later report in the article: 又电（记者邓剑洋）…, 本报西宁6月16日电（记者龚仕建）…
    (the paper's own reporters; agency copy quoted in it, 新华社…电（记者X）, is not the article's)."""
    if text.startswith("又电"):
        rest = text[2:]
    else:
        match = _DATELINE.match(text) if text.startswith("本报") else None
        if match is None:
            return None
        rest = text[match.end():]
    credit = _PAREN_CREDIT.match(rest)
    if credit is None or not re.search(r"记者|通讯员|实习生", credit["credit"]):
        return None
    return parse_byline(credit["credit"])


def _closing_credit(body: list[Segment]) -> dict[str, list[str]] | None:
    """Names from a credit that closes the article's last paragraph, or stands as its last paragraph."""
    last = next((segment.text for segment in reversed(body) if segment.field == "paragraph"), "")
    match = _CLOSING.search(last)
    return parse_byline(match["credit"]) if match else None


def _merge(into: dict[str, list[str]], names: dict[str, list[str]] | None) -> None:
    for role, values in (names or {}).items():
        for name in values:
            if name not in into[role]:
                into[role].append(name)


def _empty_byline() -> dict[str, list[str]]:
    return {"reporters": [], "correspondents": [], "photographers": [], "interns": []}


# --- corpus -------------------------------------------------------------------


@dataclass
class Segment:
    """One corpus paragraph and what it is on the page."""

    field: str  # paragraph | credit | byline
    text: str
    names: dict[str, list[str]] | None = None
    tail: bool = False  # the second half of a paragraph cut by a jump: printed without indent


@dataclass
class Corpus:
    articles: dict[str, dict]
    manifest: list[dict]
    issue: dict[tuple[str, int], dict]
    split_of: dict[str, str]
    pages: dict[str, list[dict]]  # split → manifest pages with content
    other_pages: dict[str, list[tuple[str, list[str]]]]  # split → (kind, ordered article ids)
    names: dict[str, list[str]]
    editors: dict[str, list[str]]
    segments: dict[str, list[Segment]] = field(default_factory=dict)


_CACHE: dict[str, Corpus] = {}


def _bucket(*key: object) -> str:
    return "test" if _stable("split", *key) % 10 < 4 else "dev"


def load(shared: Path) -> Corpus:
    shared = Path(shared)
    key = str(shared.resolve())
    if key in _CACHE:
        return _CACHE[key]
    articles: dict[str, dict] = {}
    with open(shared / ARTICLES_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                article = json.loads(line)
                articles[article["id"]] = article
    with open(shared / MANIFEST_FILE, encoding="utf-8") as handle:
        manifest = [json.loads(line) for line in handle if line.strip()]

    split_of: dict[str, str] = {}
    issue: dict[tuple[str, int], dict] = {}
    pages: dict[str, list[dict]] = {s: [] for s in SPLITS}
    editors: dict[str, set[str]] = {s: set() for s in SPLITS}
    for entry in manifest:
        split = "dev" if entry["date"] < SPLIT_DATE else "test"
        entry["_split"] = split
        issue[(entry["date"], int(entry["page"]))] = entry
        content = False
        for item in entry["items"]:
            if item.get("article_id") and item["kind"] == "article":
                split_of[item["article_id"]] = split
            if item["kind"] in ("article", "same_article_listed_on_another_page", "photo"):
                content = content or item["kind"] != "photo" or bool(item.get("text"))
            if item["kind"] == "editor_credits":
                editors[split].update(_split_names(re.sub(r"^.*?责编[：: ]?", "", item["title"])))
        if content:
            pages[split].append(entry)

    groups: dict[tuple, list[str]] = defaultdict(list)
    for article in articles.values():
        if article["id"] in split_of:
            continue
        pub, date = article["id"].split("-")[0], article["date"]
        group = (pub, date, article.get("page") or "") if pub in ("rmrb", "gmrb") else (pub, date)
        split = "test" if date >= SPLIT_DATE else _bucket(*group)
        split_of[article["id"]] = split
        groups[(split, *group)].append(article["id"])
    other_pages: dict[str, list[tuple[str, list[str]]]] = {s: [] for s in SPLITS}
    for key_, ids in sorted(groups.items()):
        ids.sort(key=lambda i: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", i)])
        other_pages[key_[0]].append((key_[1], ids))

    names: dict[str, set[str]] = {s: set() for s in SPLITS}
    corpus = Corpus(articles, manifest, issue, split_of, pages, other_pages, {}, {})
    for article in articles.values():
        pool = names[split_of[article["id"]]]
        for value in parse_byline(article.get("byline") or "").values():
            pool.update(v for v in value if 2 <= len(v) <= 3)
        for segment in segments(corpus, article["id"]):
            for value in (segment.names or {}).values():
                pool.update(v for v in value if 2 <= len(v) <= 3)
    corpus.names = {s: sorted(v) for s, v in names.items()}
    corpus.editors = {s: sorted(v) for s, v in editors.items()}
    _CACHE[key] = corpus
    return corpus


def segments(corpus: Corpus, article_id: str) -> list[Segment]:
    """The article's paragraphs, with credit and byline paragraphs told apart."""
    cached = corpus.segments.get(article_id)
    if cached is not None:
        return cached
    out = []
    for text in corpus.articles[article_id]["paragraphs"]:
        text = clean(text)
        if not text:
            continue
        credit = parse_credit(text)
        if credit is not None and ("摄" in text or "/图" in text or "供图" in text):
            out.append(Segment("credit", text, credit))
            continue
        byline = parse_byline_paragraph(text)
        if byline is not None:
            out.append(Segment("byline", text, byline))
            continue
        out.append(Segment("paragraph", text))
    corpus.segments[article_id] = out
    return out


# --- article plans ---------------------------------------------------------------


@dataclass
class Part:
    """What one page prints of an article."""

    headline: list[str]
    byline_line: str | None
    body: list[Segment]
    dateline: str | None
    byline: dict[str, list[str]]
    continued_on: int | None = None
    continued_from: int | None = None
    jump_on: str | None = None
    jump_from: str | None = None
    jump_on_inline: bool = False
    jump_from_inline: bool = False


_TAG = re.compile(r"^(?P<main>.+?)[（(](?P<tag>[^（）()]{2,40})[）)]$")


def _headline_lines(title: str, publication: str, rng: random.Random) -> list[str]:
    title = clean(title)
    kicker = None
    match = _TAG.match(title) if publication in ("人民日报", "光明日报") else None
    if match:
        title = match["main"].strip()
        if rng.random() < 0.35:
            kicker = rng.choice(["{}", "{}", "{}", "【{}】"]).format(match["tag"])
    lines = [title]
    n = len(title)
    if n > 40 and rng.random() < 0.8:
        lines = _split_title(title, 3 if n > 56 else 2, rng)
    elif (" " in title and rng.random() < 0.35) or (n > 22 and rng.random() < 0.5) or (
        n > 13 and rng.random() < 0.2
    ):
        lines = _split_title(title, 2, rng)
    elif " " not in title and n >= 8 and rng.random() < 0.12:
        # layout spaces, as PDF text extraction leaves them: 在优化营商环境中 发挥 人大力量
        spots = [i for i in range(2, len(title) - 1)
                 if re.match(rf"[{CJK}]", title[i - 1]) and re.match(rf"[{CJK}]", title[i])
                 and (title[i - 1] in _AFTER_SPACE or title[i] in _BEFORE_SPACE)]
        if spots:
            chosen = sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True)
            for i in chosen:
                title = title[:i] + " " + title[i:]
        lines = [title]
    lines = [line for line in (clean(line) for line in lines) if line]
    return ([kicker] if kicker else []) + lines[:3]


_AFTER_SPACE = set("的中在与和为及是让把向对从上下里")
_BEFORE_SPACE = set("的在与和为让把向对从推促加建发助开迈打筑奋共")


def _split_title(title: str, parts: int, rng: random.Random) -> list[str]:
    if parts == 2 and " " in title:
        pieces = title.split(" ")
        cut = rng.randint(1, len(pieces) - 1)
        return [" ".join(pieces[:cut]), " ".join(pieces[cut:])]
    out, rest = [], title
    for k in range(parts - 1, 0, -1):
        size = len(rest) // (k + 1)
        candidates = [i + 1 for i, c in enumerate(rest) if c in "，：；、—" and size // 2 <= i + 1 <= len(rest) - 3]
        if candidates and rng.random() < 0.9:
            cut = min(candidates, key=lambda i: abs(i - size))
            while cut < len(rest) and rest[cut] in "—":
                cut += 1
        else:
            cut = max(2, min(len(rest) - 2, size + rng.randint(-2, 2)))
        while cut < len(rest) - 1 and (rest[cut] in NO_LINE_START or _ascii_word(rest[cut - 1], rest[cut])
                                       or rest[cut - 1:cut + 1] in ("——", "……")):
            cut += 1
        while cut > 1 and rest[cut - 1] in OPENERS:
            cut -= 1
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    out.append(rest)
    return [piece for piece in out if piece]


def _ascii_word(left: str, right: str) -> bool:
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def _shorten(lines: list[str], rng: random.Random) -> list[str]:
    """A continuation headline: the main title, or its first half."""
    main = [line for line in lines if not line.startswith(("【", "——"))]
    if len(main) > 1:
        return main[:1] if rng.random() < 0.5 else main[-1:]
    title = main[0] if main else lines[0]
    for sep in (" ", "，", "："):
        if sep in title:
            head = title.split(sep)[0].strip()
            if len(head) >= 4:
                return [head]
    return [title]


def _jump_texts(rng: random.Random) -> tuple[str, str]:
    """Formats of the 下转 and 上接 lines, one style per article."""
    style = rng.choices(["cn", "arabic", "A", "zero", "ascii"], [55, 22, 10, 5, 8])[0]
    verb_on = rng.choices(["下转", "转"], [85, 15])[0]
    verb_from = rng.choices(["上接", "接"], [85, 15])[0]
    if style == "cn":
        return f"（{verb_on}第{{cn}}版）", f"（{verb_from}第{{cn}}版）"
    if style == "arabic":
        return f"（{verb_on}第{{n}}版）", f"（{verb_from}第{{n}}版）"
    if style == "A":
        return f"（{verb_on}A{{n}}版）", f"（{verb_from}A{{n}}版）"
    if style == "zero":
        return f"（{verb_on}第{{n02}}版）", f"（{verb_from}第{{n02}}版）"
    return f"({verb_on}第{{cn}}版)", f"({verb_from}第{{cn}}版)"


def _fmt_jump(template: str, page: int) -> str:
    return template.format(cn=cn_number(page), n=page, n02=f"{page:02d}")


def _body_chars(body: list[Segment]) -> int:
    return sum(len(s.text) for s in body if s.field == "paragraph")


def _cut_point(text: str, pos: int) -> int:
    """Move a cut so the second piece never starts with a no-line-start mark or space."""
    pos = max(1, min(pos, len(text) - 1))
    while pos < len(text) and (text[pos] in NO_LINE_START or text[pos].isspace()
                               or _ascii_word(text[pos - 1], text[pos]) or text[pos - 1:pos + 1] in ("——", "……")):
        pos += 1
    while 1 < pos < len(text) and text[pos - 1] in OPENERS:
        pos -= 1
    return pos


def _split_body(body: list[Segment], target: int, rng: random.Random) -> tuple[list[Segment], list[Segment]]:
    """Cut the article text at about `target` characters, at a paragraph end or mid-paragraph."""
    paragraphs = [i for i, s in enumerate(body) if s.field == "paragraph"]
    acc, where = 0, paragraphs[-1]
    for i in paragraphs:
        if acc + len(body[i].text) >= target:
            where = i
            break
        acc += len(body[i].text)
    if rng.random() < 0.4:
        # at a paragraph boundary: before or after the paragraph the target falls in
        for cut in ((where, where + 1) if rng.random() < 0.5 else (where + 1, where)):
            head, tail = body[:cut], body[cut:]
            if _body_chars(head) and _body_chars(tail):
                return head, tail
    # in the middle of a paragraph (maybe right after a sentence end)
    candidates = [where] + [i for i in paragraphs if i != where]
    for i in candidates:
        text = body[i].text
        if len(text) < 12:
            continue
        pos = target - acc if i == where else rng.randint(len(text) // 4, 3 * len(text) // 4)
        pos = max(4, min(len(text) - 4, pos))
        if rng.random() < 0.2:
            ends = [m.end() for m in re.finditer(r"[。！？；]”?", text) if 4 <= m.end() <= len(text) - 4]
            if ends:
                pos = min(ends, key=lambda e: abs(e - pos))
        pos = _cut_point(text, pos)
        if not text[:pos].strip() or not text[pos:].strip() or pos >= len(text):
            continue
        head = body[:i] + [Segment("paragraph", text[:pos])]
        tail = [Segment("paragraph", text[pos:], tail=True)] + body[i + 1:]
        return head, tail
    mid = max(1, len(body) // 2)
    return body[:mid], body[mid:]


def _trim(body: list[Segment], rng: random.Random, keep_min: int = 3) -> list[Segment]:
    n = sum(1 for s in body if s.field == "paragraph")
    if n > 40 or (n > 12 and rng.random() < 0.5):
        keep = rng.randint(max(keep_min, 6), min(n, 24))
        out, seen = [], 0
        for segment in body:
            if segment.field == "paragraph":
                if seen == keep:
                    break
                seen += 1
            out.append(segment)
        return out
    return body


def _byline_line(names: list[tuple[str, str]], rng: random.Random) -> tuple[str, dict[str, list[str]]]:
    """A stand-alone byline line: 本报记者 王 正 李 四 / 记者 王正 通讯员 李四."""
    pad = rng.random() < 0.7
    style = rng.choices(["本报", "plain", "mark"], [60, 25, 15])[0]
    parts: list[str] = []
    last_role = None
    out = _empty_byline()
    for role, name in names:
        word = {"reporters": "记者", "correspondents": "通讯员", "interns": "实习生"}[role]
        if style != "plain":
            word = "本报" + word
        if role != last_role:
            parts.append(word)
            last_role = role
        parts.append(_pad_name(name) if pad else name)
        out[role].append(name)
    line = " ".join(parts)
    if style == "mark":
        line = rng.choice(["□", "■", "◎", "□ ", "■ "]) + line
    return line, out


def _pick_names(corpus: Corpus, split: str, rng: random.Random) -> list[tuple[str, str]]:
    pool = corpus.names[split]
    picked = rng.sample(pool, 4)
    roles = [("reporters", picked[0])]
    if rng.random() < 0.4:
        roles.append(("reporters", picked[1]))
    if rng.random() < 0.45:
        roles.append(("correspondents", picked[2]))
    if rng.random() < 0.08:
        roles.append(("interns", picked[3]))
    return roles


def _benbao_prefix(names: list[tuple[str, str]], rng: random.Random, paper_prefix: str) -> str:
    """本报讯（记者苏嘉堉 通讯员陈丹琦）."""
    parts, last = [], None
    spaced = rng.random() < 0.2
    for role, name in names:
        word = {"reporters": "记者", "correspondents": "通讯员", "interns": "实习生"}[role]
        if role != last:
            parts.append(word + (" " if spaced else "") + name)
            last = role
        else:
            parts[-1] += rng.choice(["、", " "]) + name
    gap = " " if rng.random() < 0.2 else ""
    return f"{paper_prefix}{gap}（{' '.join(parts)}）"


def plan_article(corpus: Corpus, article_id: str, split: str, seed: int, chain: list[int]) -> list[Part]:
    """How an article is printed: one Part per page of `chain` (its page, then jump pages).

    Seeded by the article alone so that the front page and the pages it jumps
    to agree, whichever of them is generated.
    """
    rng = random.Random(_stable(seed, "plan", article_id))
    article = corpus.articles[article_id]
    publication = article["publication"]
    body = list(segments(corpus, article_id))
    headline = _headline_lines(article["title"], publication, rng)
    byline = _empty_byline()
    byline_line = None
    dateline = article.get("dateline")
    first = body[0].text if body and body[0].field == "paragraph" else ""
    if dateline and first.startswith(dateline):
        rest = first[len(dateline):]
        credit = _PAREN_CREDIT.match(rest)
        if credit and re.search(r"记者|通讯员|实习生", credit["credit"]):
            _merge(byline, parse_byline(credit["credit"]))
    elif first.startswith("央视网消息"):
        mode = rng.choices(["keep", "benbao", "strip"], [50, 30, 20])[0]
        rest = re.sub(r"^央视网消息[（(][^）)]*[）)][：:]?", "", first).strip() or first
        dateline = "央视网消息" if mode == "keep" else None
        if mode == "benbao":
            names = _pick_names(corpus, split, rng)
            prefix = _benbao_prefix(names, rng, "本报讯")
            body[0] = Segment("paragraph", prefix + rest)
            dateline = "本报讯"
            for role, name in names:
                byline[role].append(name)
        elif mode == "strip":
            body[0] = Segment("paragraph", rest)
            if rng.random() < 0.4:
                byline_line, byline = _byline_line(_pick_names(corpus, split, rng), rng)
    else:
        match = _DATELINE.match(first)
        if match:
            dateline = match.group(0)
            credit = _PAREN_CREDIT.match(first[match.end():])
            # A parenthesised credit after the dateline names reporters even
            # without the word 记者: 新华社北京4月17日电 （李国利、邓孟）
            if credit and (re.search(r"记者|通讯员|实习生", credit["credit"]) or _BARE_NAMES.match(credit["credit"])):
                _merge(byline, parse_byline(credit["credit"]))
        elif first:
            roll = rng.random()
            newsy = bool(_NEWSY.match(first)) or "日，" in first[:14]
            if roll < (0.3 if newsy else 0.04):
                names = _pick_names(corpus, split, rng)
                body[0] = Segment("paragraph", _benbao_prefix(names, rng, "本报讯") + first)
                dateline = "本报讯"
                for role, name in names:
                    byline[role].append(name)
            # In print nearly every story without a dateline carries a byline or
            # author line under its headline (the feeds dropped those lines).
            elif roll < 0.7 and not any(s.field == "byline" for s in body[:3]):
                byline_line, byline = _byline_line(_pick_names(corpus, split, rng), rng)

    on_template, from_template = _jump_texts(rng)
    if len(chain) == 1 or _body_chars(body) < 40:
        parts_body = [_trim(body, rng)]
        chain = chain[:1]
    else:
        parts_body, rest = [], body
        for k in range(len(chain) - 1):
            total = _body_chars(rest)
            target = rng.randint(200, 1500) if k == 0 else rng.randint(500, 2500)
            target = max(10, min(target, int(total * rng.uniform(0.2, 0.65))))
            head, rest = _split_body(rest, target, rng)
            parts_body.append(head)
        parts_body.append(_trim(rest, rng, keep_min=2))

    parts: list[Part] = []
    for k, (page, part_body) in enumerate(zip(chain, parts_body)):
        names = _empty_byline()
        if k == 0:
            _merge(names, byline)
        for position, segment in enumerate(part_body):
            if segment.field in ("credit", "byline"):
                _merge(names, segment.names)
            elif segment.field == "paragraph" and (k > 0 or position > 0):
                _merge(names, _later_dateline_credit(segment.text))
        if not any(names.values()):
            _merge(names, _closing_credit(part_body))
        if k == 0:
            shown = headline
            line = byline_line
        else:
            roll = rng.random()
            shown = headline if roll < 0.5 else _shorten(headline, rng) if roll < 0.7 else []
            line = None
        part = Part(shown, line, part_body, dateline if k == 0 else None, names)
        if k + 1 < len(chain):
            part.continued_on = chain[k + 1]
            part.jump_on = _fmt_jump(on_template, chain[k + 1])
            part.jump_on_inline = rng.random() < 0.2
        if k > 0:
            part.continued_from = chain[k - 1]
            part.jump_from = _fmt_jump(from_template, chain[k - 1])
            part.jump_from_inline = rng.random() < 0.3
        parts.append(part)
    return parts


# --- page assembly ----------------------------------------------------------------


@dataclass
class Unit:
    article: int | None
    field: str
    block: int
    text: str
    prefix_jump: str | None = None
    suffix_jump: str | None = None
    tail: bool = False


@dataclass
class Draft:
    """A page before it is printed: its units in reading order and its articles' truth."""

    units: list[Unit] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    counters: dict = field(default_factory=lambda: defaultdict(int))
    furniture_blocks: int = 0
    said: dict = field(default_factory=lambda: {"paper": None, "date": None, "page": None})

    def article(self, kind: str, source_id: str | None, dateline=None, byline=None,
                continued_on=None, continued_from=None) -> int:
        truth = {
            "kind": kind, "headline": [], "paragraphs": [],
            "byline": {role: list(names) for role, names in (byline or _empty_byline()).items()},
            "dateline": dateline, "continued_on": continued_on, "continued_from": continued_from,
            "source_id": source_id,
        }
        self.articles.append(truth)
        return len(self.articles) - 1

    def add(self, article: int | None, field_: str, text: str, **extra) -> None:
        if article is None:
            block = self.furniture_blocks
            self.furniture_blocks += 1
        else:
            group = "paragraph" if field_ in ("paragraph", "caption") else field_
            block = self.counters[(article, group)]
            self.counters[(article, group)] += 1
        self.units.append(Unit(article, field_, block, text, **extra))


def add_part(draft: Draft, part: Part, source_id: str) -> None:
    index = draft.article("article", source_id, part.dateline, part.byline, part.continued_on, part.continued_from)
    for line in part.headline:
        draft.add(index, "headline", line)
    if part.byline_line:
        draft.add(index, "byline", part.byline_line)
    body = list(part.body)
    pending_from = part.jump_from
    if pending_from and not part.jump_from_inline:
        draft.add(index, "jump", pending_from)
        pending_from = None
    paragraph_at = [i for i, s in enumerate(body) if s.field == "paragraph"]
    last_paragraph = paragraph_at[-1] if paragraph_at else -1
    jump_on_inline = bool(part.jump_on and part.jump_on_inline and last_paragraph == len(body) - 1)
    if pending_from and paragraph_at and paragraph_at[0] == last_paragraph:
        jump_on_inline = False  # never both jumps glued to one paragraph
    for i, segment in enumerate(body):
        if segment.field == "paragraph":
            jumps = {}
            if pending_from:
                jumps["prefix_jump"] = pending_from
                pending_from = None
            if jump_on_inline and i == last_paragraph:
                jumps["suffix_jump"] = part.jump_on
            draft.add(index, "paragraph", segment.text, tail=segment.tail, **jumps)
        else:
            if pending_from:  # a credit before any paragraph: print the jump on its own
                draft.add(index, "jump", pending_from)
                pending_from = None
            draft.add(index, segment.field, segment.text)
    if part.jump_on and not jump_on_inline:
        draft.add(index, "jump", part.jump_on)


_PHOTO_TITLES = ["图片报道", "图片报道", "图片新闻", "影像", "镜头"]


def add_photo(draft: Draft, lines: list[str], rng: random.Random) -> None:
    lines = [clean(line) for line in lines if clean(line)]
    credit = parse_credit(lines[-1]) if lines else None
    captions, credit_line = (lines[:-1], lines[-1]) if credit is not None and len(lines) > 1 else (lines, None)
    if not captions:
        return
    byline = _empty_byline()
    _merge(byline, credit)
    index = draft.article("photo", None, None, byline)
    if rng.random() < 0.4:
        draft.add(index, "headline", rng.choice(_PHOTO_TITLES))
    for caption in captions:
        draft.add(index, "caption", caption)
    if credit_line:
        draft.add(index, "credit", credit_line)


_WEEKDAYS = "一二三四五六日"
_SECTIONS = ["要闻", "评论", "经济", "政治", "社会", "国际", "文化", "理论", "副刊", "体育", "视点",
             "综合", "生态", "科技", "教育", "民生", "法治", "观点", "党建", "区域"]
_LOCAL_PAPERS = ["温岭日报", "台州日报", "浙江日报", "南方日报", "北京日报", "解放日报", "大众日报",
                 "四川日报", "湖北日报", "今日路桥", "新华每日电讯", "经济日报"]


def header_lines(paper: str, date: str, page: int, rng: random.Random) -> tuple[list[str], dict]:
    """A page header in one of several printed formats, and what it says."""
    day = dt.date.fromisoformat(date)
    ymd = f"{day.year}年{day.month}月{day.day}日"
    week = rng.choice(["星期", "星期", "周"]) + _WEEKDAYS[day.weekday()]
    section = "要闻" if page <= 4 and rng.random() < 0.8 else _SECTIONS[_stable(date, page) % len(_SECTIONS)]
    code = f"A{page}" if paper not in ("人民日报", "光明日报") and rng.random() < 0.3 else None
    page_text = code or rng.choice([f"第{page:02d}版", f"第{page}版", f"第{cn_number(page)}版"])
    said = {"paper": paper, "date": date, "page": page}
    style = rng.randint(0, 7)
    if style == 0:
        lines = [f"{paper} {ymd} {week} {page_text} {section}"]
    elif style == 1:
        lines = [f"{ymd} {week} {section} {code or page}"]
        said["paper"] = None
    elif style == 2 and paper == "人民日报":
        lines = [f"RENMIN RIBAO {page_text}"]
        said["date"] = None
    elif style == 3:
        lines = [f"{code or f'{page:02d}'} {section} {ymd} {week}"]
        said["paper"] = None
    elif style == 4:
        lines = [f"{paper}\u3000{ymd}\u3000{week}\u3000{page_text}"]
    elif style == 5:
        lines = [paper, f"{ymd} {week} {page_text}"]
    elif style == 6:
        lines = [f"{page_text} {section} {paper} {ymd}"]
    else:
        lines = [f"{section}\u3000\u3000{ymd}\u3000{week}\u3000\u3000{page_text}"]
        said["paper"] = None
    return lines, said


def editor_lines(title: str, extra: list[str], rng: random.Random) -> list[str]:
    title = clean(title)
    lines = [title]
    multi = re.findall(r"[一二三四五六七八九十]+版责编[：:].+?(?=\s*[一二三四五六七八九十]+版责编|$)", title)
    if len(multi) > 1 and rng.random() < 0.5:
        lines = [m.strip() for m in multi]
    elif title.startswith("本版责编") and rng.random() < 0.25:
        names = _split_names(re.sub(r"^本版责编[：: ]*", "", title))
        if len(names) >= 2:
            roles = ["责任编辑", "版式设计", "校对", "美编"]
            sep = rng.choice(["：", "：", " "])
            lines = [f"{roles[i]}{sep}{_pad_name(n) if rng.random() < 0.5 else n}" for i, n in enumerate(names[:4])]
            if rng.random() < 0.4:
                lines = ["  ".join(lines)]
    return lines + [clean(t) for t in extra if clean(t)]


def _fake_editors(corpus: Corpus, split: str, rng: random.Random) -> list[str]:
    pool = corpus.editors[split] or corpus.names[split]
    names = rng.sample(pool, rng.randint(1, 3))
    if rng.random() < 0.5:
        return ["本版责编：" + " ".join(_pad_name(n) for n in names)]
    roles = ["责任编辑", "版式设计", "校对"]
    return [f"{roles[i]}：{n}" for i, n in enumerate(names)]


# --- printing -------------------------------------------------------------------

_TOKEN = re.compile(r"——|……|[A-Za-z0-9][A-Za-z0-9.,%]*[A-Za-z0-9%]|.", re.S)


def wrap(text: str, width: float, first_indent: float = 0.0) -> list[str]:
    """Hard-wrap `text` to `width` cells (ASCII = half a cell) with Chinese line-breaking rules."""
    tokens = []
    for token in _TOKEN.findall(text):
        if len(token) > 1 and text_width(token) > width / 2:
            tokens.extend(token)
        else:
            tokens.append(token)
    lines: list[str] = []
    current: list[str] = []
    used = first_indent
    for token in tokens:
        size = text_width(token)
        if current and used + size > width + 1e-9:
            if token[0] in NO_LINE_START or token.isspace():
                current.append(token)  # hangs at the line end
                used += size
                continue
            carry: list[str] = []
            while len(current) > 1 and current[-1] in OPENERS:
                carry.insert(0, current.pop())
            lines.append("".join(current))
            current = carry + [token]
            used = sum(text_width(t) for t in current)
        else:
            current.append(token)
            used += size
    if current:
        lines.append("".join(current))
    # never a whitespace-only line: fold it into the previous one
    out: list[str] = []
    for line in lines:
        if not line.strip() and out:
            out[-1] += line
        elif line.strip():
            out.append(line)
    return out


@dataclass
class Label:
    article: int | None
    field: str
    block: int
    jump_text: str | None = None


class Printer:
    """Collects printed lines and their labels; blank lines have no label."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.labels: list[Label | None] = []
        self.pending = 0

    def blank(self, n: int = 1) -> None:
        self.pending = max(self.pending, n)

    def emit(self, text: str, label: Label) -> None:
        if self.lines:
            for _ in range(self.pending):
                self.lines.append("")
                self.labels.append(None)
        self.pending = 0
        self.lines.append(text)
        self.labels.append(label)


def _with_jumps(pieces: list[str], unit: Unit, indent: str = "") -> list[tuple[str, str | None]]:
    """The printed lines of a unit: indent, glued 上接 jump on the first, glued 下转 jump on the last."""
    out: list[tuple[str, str | None]] = [(piece, None) for piece in pieces]
    first = out[0][0]
    if unit.prefix_jump:
        out[0] = (indent + unit.prefix_jump + first.lstrip(), unit.prefix_jump)
    elif indent:
        out[0] = (indent + first, None)
    if unit.suffix_jump:
        assert out[-1][1] is None, "a unit has both jumps glued to one line"
        out[-1] = (out[-1][0].rstrip() + unit.suffix_jump, unit.suffix_jump)
    return out


def print_fragments(units: list[Unit], rng: random.Random) -> Printer:
    """One line per paragraph, blank lines between lines, paragraphs cut at column ends."""
    printer = Printer()
    columns: dict[int, list[int]] = {}
    indent = "\u3000\u3000" if rng.random() < 0.1 else ""
    previous: Unit | None = None
    for unit in units:
        gap = 1
        if unit.field == "headline" and (previous is None or previous.field != "headline"):
            gap = rng.choices([1, 2, 3], [60, 25, 15])[0]
        elif rng.random() < 0.04:
            gap = 2
        printer.blank(gap)
        pieces = [unit.text]
        if unit.article is not None and unit.field not in ("headline", "furniture"):
            state = columns.get(unit.article)
            if state is None:
                # Column capacities measured on the real sample page run ~200–600
                # characters; a few narrower ones keep short column pieces in play.
                height = int(rng.triangular(120, 700, 350))
                state = columns[unit.article] = [height, rng.randint(1, height)]
            if unit.field in ("paragraph", "caption"):
                pieces = _cut_columns(unit.text, state)
            else:
                state[1] -= len(unit.text)
                if state[1] <= 0:
                    state[1] += state[0]
        lead = indent if unit.field in ("paragraph", "caption") and not unit.tail else ""
        for k, (piece, jump) in enumerate(_with_jumps(pieces, unit, lead)):
            if k > 0:
                printer.blank(1)
            printer.emit(piece, Label(unit.article, unit.field, unit.block, jump))
        previous = unit
    return printer


def _cut_columns(text: str, state: list[int]) -> list[str]:
    height, left = state
    pieces: list[str] = []
    rest = text
    while len(rest) > left:
        pos = _cut_point(rest, left) if left > 0 else 0
        if pos <= 0 or pos >= len(rest) or not rest[:pos].strip() or not rest[pos:].strip():
            break
        pieces.append(rest[:pos])
        rest = rest[pos:]
        left = height
    pieces.append(rest)
    left -= len(rest)
    if left <= 0:
        left += height
    state[1] = left
    return pieces


# A subhead (a story's short paragraph that ends no sentence) and where papers set it.
_SUBHEAD_MAX = 20
_SUBHEAD_CLOSERS = "”’」』》"  # looked through: “我想看看更广阔的世界” ends no sentence
_SUBHEAD_NOT_LAST = "。！？!?…；;：:—）)"  # a sentence, a lead-in (他说：/ 贵州——) or a note in brackets
_FLUSH_SUBHEADS = 8  # in 10


def _flush_subhead(unit: Unit) -> bool:
    """Is this paragraph a subhead to set flush, as real papers mostly set them over indented text?

    Printing every subhead indented like any paragraph teaches the rules and trees that a flush line over
    indented text starts a new story, which on real pages it seldom does (the hand-written pages: a subhead 217
    times in 218).  Decided by a hash of the text, never by the page's `rng`, so every other random choice on the
    page stays as it was.
    """
    if unit.field != "paragraph" or unit.tail or unit.block == 0 or unit.prefix_jump or unit.suffix_jump:
        return False
    text = _nonspace(unit.text)
    return (len(text) <= _SUBHEAD_MAX and text.rstrip(_SUBHEAD_CLOSERS)[-1:] not in ("", *_SUBHEAD_NOT_LAST)
            and _stable("flush subhead", text) % 10 < _FLUSH_SUBHEADS)


def print_wrapped(units: list[Unit], rng: random.Random, flush_subheads: bool = False) -> Printer:
    """Hard-wrapped printed lines, a blank line at each column end; with `flush_subheads`, most subheads set flush."""
    printer = Printer()
    indent = rng.choices(["\u3000\u3000", "", "  "], [60, 30, 10])[0]
    base = rng.uniform(10, 30)
    columns: dict[int, list] = {}
    headline_gap = rng.random() < 0.8
    previous: Unit | None = None
    for unit in units:
        new_article = previous is None or unit.article != previous.article
        if unit.field == "headline":
            if previous is None or previous.field != "headline":
                if headline_gap or rng.random() < 0.3:
                    printer.blank(1)
            printer.emit(unit.text, Label(unit.article, unit.field, unit.block))
            previous = unit
            continue
        if previous is not None and previous.field == "headline" and (headline_gap or rng.random() < 0.3):
            printer.blank(1)
        elif new_article and rng.random() < 0.7:
            printer.blank(1)
        if unit.article is None:
            if rng.random() < 0.6:
                printer.blank(1)
            printer.emit(unit.text, Label(None, "furniture", unit.block))
            previous = unit
            continue
        state = columns.get(unit.article)
        if state is None:
            width = max(10.0, min(30.0, base + rng.uniform(-4, 4)))
            width = round(width * 2) / 2
            height = rng.randint(15, 60)  # lines in a column segment of one story
            state = columns[unit.article] = [width, height, rng.randint(0, height - 1)]
        width, height, _ = state
        lead = ""
        if unit.field in ("paragraph", "caption"):
            lead = "" if unit.tail else indent
            first = text_width(lead) + (text_width(unit.prefix_jump) if unit.prefix_jump else 0)
            lines = wrap(unit.text, width, first)
            if flush_subheads and _flush_subhead(unit):
                lead = ""  # wrapped as if indented: the page differs from an all-indented one by the indent alone
        elif unit.field == "jump":
            lines = [unit.text]
        else:
            lines = wrap(unit.text, max(width, 12))
        for piece, jump in _with_jumps(lines, unit, lead):
            if state[2] >= height:
                printer.blank(1)
                state[2] = 0
            printer.emit(piece, Label(unit.article, unit.field, unit.block, jump))
            state[2] += 1
        previous = unit
    return printer


# --- truth ------------------------------------------------------------------------


def build_truth(printer: Printer, draft: Draft) -> tuple[list[dict], list[dict], list[str]]:
    entries: list[dict] = []
    content: dict[tuple, list[str]] = defaultdict(list)
    order: list[tuple] = []
    for n, (raw, label) in enumerate(zip(printer.lines, printer.labels)):
        if label is None:
            assert not raw.strip(), (n, raw)
            continue
        text = clean(raw)
        assert text, (n, raw)
        entry = {"n": n, "article": label.article, "field": label.field, "block": label.block}
        if label.jump_text:
            entry["jump_text"] = label.jump_text
            if text.startswith(label.jump_text):
                text = text[len(label.jump_text):].strip()
            else:
                assert text.endswith(label.jump_text), (text, label.jump_text)
                text = text[: -len(label.jump_text)].strip()
        entries.append(entry)
        key = (label.article, label.field, label.block)
        if key not in content:
            order.append(key)
        content[key].append(text)
    articles = [dict(a, headline=[], paragraphs=[]) for a in draft.articles]
    furniture: list[str] = []
    for key in order:
        article, field_, _ = key
        text = "".join(content[key])
        if article is None:
            furniture.append(text)
        elif field_ == "headline":
            articles[article]["headline"].append(text)
        elif field_ in ("paragraph", "caption"):
            articles[article]["paragraphs"].append(text)
    return entries, articles, furniture


def check(page: dict) -> None:
    """Self-check of one truth: every non-blank line placed once, texts rebuilt from the lines."""
    lines = page["text"].split("\n")
    placed = [e["n"] for e in page["lines"]]
    assert placed == sorted(set(placed)), "line entries out of order or repeated"
    assert placed == [n for n, raw in enumerate(lines) if clean(raw)], "a non-blank line is unplaced"
    units: dict[tuple, list[str]] = defaultdict(list)
    order: list[tuple] = []
    chars: list[str] = []
    for entry in page["lines"]:
        text = clean(lines[entry["n"]])
        jump = entry.get("jump_text")
        before = after = ""
        if jump:
            assert entry["field"] == "paragraph"
            if text.startswith(jump):
                text, before = text[len(jump):], jump
            else:
                assert text.endswith(jump)
                text, after = text[: -len(jump)], jump
            text = text.strip()
            assert text
        key = (entry["article"], entry["field"], entry["block"])
        assert entry["field"] in ("headline", "paragraph", "caption", "byline", "credit", "jump", "furniture")
        assert (entry["article"] is None) == (entry["field"] == "furniture")
        if key not in order:
            order.append(key)
        elif order[-1] != key:
            raise AssertionError(f"unit {key} is not contiguous")
        units[key].append(text)
        chars.append(_nonspace(before + text + after))
    assert "".join(chars) == _nonspace(page["text"]), "characters lost or doubled"
    for key in order:
        if key[1] in ("headline", "jump"):
            assert len(units[key]) == 1, f"{key[1]} unit {key} spans lines"
    for index, article in enumerate(page["articles"]):
        keys = [k for k in order if k[0] == index]
        assert keys, f"article {index} has no lines"
        para_blocks = [k[2] for k in keys if k[1] in ("paragraph", "caption")]
        assert len(para_blocks) == len(set(para_blocks)), "paragraph/caption block numbers collide"
        assert article["headline"] == ["".join(units[k]) for k in keys if k[1] == "headline"]
        assert article["paragraphs"] == ["".join(units[k]) for k in keys if k[1] in ("paragraph", "caption")]
        assert article["kind"] in ("article", "photo")
        assert article["kind"] == "photo" or article["paragraphs"], f"article {index} has no paragraphs"
        assert set(article["byline"]) == {"reporters", "correspondents", "photographers", "interns"}
        for role in article["byline"].values():
            assert all(" " not in name and name for name in role)
    assert page["furniture"] == ["".join(units[k]) for k in order if k[0] is None]
    assert page["form"] in ("fragments", "wrapped")


# --- pages --------------------------------------------------------------------------


def _chain(corpus: Corpus, article_id: str) -> list[int]:
    article = corpus.articles[article_id]
    pages = [int(article.get("page") or 1)] + [int(p) for p in article.get("continued_on_pages") or []]
    return pages


def _page_items(corpus: Corpus, entry: dict, rng: random.Random) -> list[dict]:
    """The manifest page's items to print, with at most MAX_ARTICLES articles."""
    items = [i for i in entry["items"] if i["kind"] in ("article", "same_article_listed_on_another_page",
                                                         "photo", "editor_credits")]
    stories = [i for i in items if i["kind"] == "article"]
    limit = MAX_ARTICLES - sum(1 for i in items if i["kind"] == "same_article_listed_on_another_page")
    limit = max(1, limit if rng.random() < 0.7 else min(limit, rng.randint(2, 6)))
    keep = {id(i) for i in stories[:limit]}
    photos = [i for i in items if i["kind"] == "photo"][:MAX_PHOTOS]
    keep |= {id(i) for i in photos}
    return [i for i in items if i["kind"] in ("same_article_listed_on_another_page", "editor_credits") or id(i) in keep]


def _compose(corpus: Corpus, split: str, seed: int, rng: random.Random, *, paper: str, date: str,
             page: int, stories: list[tuple[str, object]], form: str) -> Draft:
    """Lay out one page: header, stories (articles, parts, photos, editor lines) and furniture."""
    draft = Draft()
    furniture_top: list[str] = []
    furniture_bottom: list[str] = []
    said = {"paper": None, "date": None, "page": None}
    if rng.random() < 0.8:
        lines, said = header_lines(paper, date, page, rng)
        (furniture_top if rng.random() < 0.85 else furniture_bottom).extend(lines)
    editor_place = rng.choices(["inline", "top", "bottom"], [50, 20, 30])[0]
    if editor_place == "inline" and len(stories) > 2 and rng.random() < 0.4:
        # between two stories instead of where the e-paper lists it
        moved = [s for s in stories if s[0] == "editors"]
        stories = [s for s in stories if s[0] != "editors"]
        for story in moved:
            stories.insert(rng.randint(1, len(stories) - 1), story)
    for kind, payload in stories:
        if kind == "part":
            article_id, part = payload
            add_part(draft, part, article_id)
        elif kind == "photo":
            add_photo(draft, payload, rng)
        elif kind == "editors":
            if editor_place == "top":
                furniture_top.extend(payload)
            elif editor_place == "bottom":
                furniture_bottom.extend(payload)
            else:
                for line in payload:
                    draft.add(None, "furniture", line)
    top = Draft()
    for line in furniture_top:
        top.add(None, "furniture", line)
    # furniture blocks are numbered in reading order
    units = top.units + draft.units
    for line in furniture_bottom:
        units.append(Unit(None, "furniture", 0, line))
    counter = 0
    for unit in units:
        if unit.article is None:
            unit.block = counter
            counter += 1
    draft.units = units
    draft.said = said
    return draft


def _manifest_page(corpus: Corpus, split: str, seed: int, entry: dict, rng: random.Random, form: str) -> Draft:
    page = int(entry["page"])
    stories: list[tuple[str, object]] = []
    for item in _page_items(corpus, entry, rng):
        if item["kind"] in ("article", "same_article_listed_on_another_page"):
            chain = _chain(corpus, item["article_id"])
            if page not in chain:
                continue
            parts = plan_article(corpus, item["article_id"], split, seed, chain)
            k = chain.index(page)
            if k < len(parts):
                stories.append(("part", (item["article_id"], parts[k])))
        elif item["kind"] == "photo" and item.get("text"):
            stories.append(("photo", item["text"]))
        elif item["kind"] == "editor_credits":
            stories.append(("editors", editor_lines(item["title"], item.get("text") or [], rng)))
    if not any(kind == "editors" for kind, _ in stories) and rng.random() < 0.3:
        stories.append(("editors", _fake_editors(corpus, split, rng)))
    return _compose(corpus, split, seed, rng, paper="人民日报", date=entry["date"], page=page,
                    stories=stories, form=form)


def _other_page(corpus: Corpus, split: str, seed: int, kind: str, ids: list[str], rng: random.Random,
                form: str) -> Draft:
    if kind in ("xinhua", "cctv") and len(ids) > 2:
        size = rng.randint(2, min(7, len(ids)))
        start = rng.randint(0, len(ids) - size)
        ids = ids[start:start + size]
    ids = ids[:MAX_ARTICLES]
    first = corpus.articles[ids[0]]
    paper = {"rmrb": "人民日报", "gmrb": "光明日报"}.get(kind) or rng.choice(_LOCAL_PAPERS)
    page = int(first.get("page") or rng.randint(1, 8))
    stories: list[tuple[str, object]] = []
    for article_id in ids:
        (part,) = plan_article(corpus, article_id, split, seed, [page])
        stories.append(("part", (article_id, part)))
    if rng.random() < 0.6:
        stories.insert(rng.randint(0, len(stories)) if rng.random() < 0.3 else len(stories),
                       ("editors", _fake_editors(corpus, split, rng)))
    return _compose(corpus, split, seed, rng, paper=paper, date=first["date"], page=page, stories=stories,
                    form=form)


def _render(draft: Draft, name: str, split: str, form: str, rng: random.Random, source: str,
            flush_subheads: bool = False) -> dict:
    printer = (print_fragments(draft.units, rng) if form == "fragments"
               else print_wrapped(draft.units, rng, flush_subheads))
    entries, articles, furniture = build_truth(printer, draft)
    said = draft.said
    page = {
        "name": name, "split": split, "form": form, "text": "\n".join(printer.lines),
        "paper": said["paper"], "date": said["date"], "page": said["page"],
        "lines": entries, "articles": articles, "furniture": furniture, "source": source,
    }
    check(page)
    return page


_OTHER_WEIGHT = {"rmrb": 3, "gmrb": 1, "xinhua": 3, "cctv": 3}


def generate(shared: Path, split: str, count: int, seed: int = 0, flush_subheads: bool = False) -> list[dict]:
    """`count` pages of `split` ("dev" or "test") with their truth; the same seed gives the same pages.

    `flush_subheads` sets most subheads of the wrapped pages flush, as print does (a variant: the benchmark's
    numbers are taken without it, so that they compare across sessions)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    corpus = load(Path(shared))
    rng = random.Random(_stable("pagegen", split, seed))
    manifest_pages = sorted(corpus.pages[split], key=lambda e: (e["date"], int(e["page"])))
    others: dict[str, list[list[str]]] = defaultdict(list)
    for kind, ids in corpus.other_pages[split]:
        others[kind].append(ids)
    pages: list[dict] = []
    queue: list[dict] = []
    done: set[tuple[str, int]] = set()

    def refill() -> None:
        order = list(manifest_pages)
        rng.shuffle(order)
        queue.extend(order)
        done.clear()

    if not manifest_pages:
        raise ValueError(f"no manifest pages for split {split!r}")
    attempt = 0
    while len(pages) < count:
        index = len(pages)
        attempt += 1
        page_rng = random.Random(_stable("page", split, seed, index, attempt))
        if others and page_rng.random() < 0.15:
            kinds = sorted(others)
            kind = page_rng.choices(kinds, [_OTHER_WEIGHT.get(k, 1) for k in kinds])[0]
            ids = others[kind][page_rng.randrange(len(others[kind]))]
            form = page_rng.choice(["fragments", "wrapped"])
            draft = _other_page(corpus, split, seed, kind, ids, page_rng, form)
            if draft.articles:
                source = f"{kind} {corpus.articles[ids[0]]['date']}"
                pages.append(_render(draft, f"{split}-{index:04d}", split, form, page_rng, source, flush_subheads))
                _check_split(corpus, pages[-1], split)
            continue
        if not queue:
            refill()
        entry = queue.pop()
        if page_rng.random() < 0.2:
            # jumps are the hard case: favour pages with articles that jump
            for i in range(len(queue) - 1, -1, -1):
                if _jumps_out(corpus, queue[i]) and (queue[i]["date"], int(queue[i]["page"])) not in done:
                    queue.append(entry)
                    entry = queue.pop(i)
                    break
        key = (entry["date"], int(entry["page"]))
        if key in done:
            continue
        group = [entry]
        for item in entry["items"]:
            if item["kind"] == "article":
                for target in corpus.articles[item["article_id"]].get("continued_on_pages") or []:
                    other = corpus.issue.get((entry["date"], int(target)))
                    if other and other not in group and (other["date"], int(other["page"])) not in done:
                        group.append(other)
        for member in group:
            if len(pages) >= count:
                break
            done.add((member["date"], int(member["page"])))
            index = len(pages)
            page_rng = random.Random(_stable("layout", split, seed, index, member["date"], member["page"]))
            form = page_rng.choice(["fragments", "wrapped"])
            draft = _manifest_page(corpus, split, seed, member, page_rng, form)
            if not draft.articles:
                continue
            source = f"rmrb {member['date']} p{member['page']}"
            pages.append(_render(draft, f"{split}-{index:04d}", split, form, page_rng, source, flush_subheads))
            _check_split(corpus, pages[-1], split)
    return pages


def _jumps_out(corpus: Corpus, entry: dict) -> bool:
    return any(item["kind"] == "article" and corpus.articles[item["article_id"]].get("continued_on_pages")
               for item in entry["items"])


def _check_split(corpus: Corpus, page: dict, split: str) -> None:
    for article in page["articles"]:
        if article["source_id"]:
            assert corpus.split_of[article["source_id"]] == split, (article["source_id"], split)


# --- CLI ------------------------------------------------------------------------------


def stats(pages: list[dict]) -> str:
    by_form: dict[str, Counter] = defaultdict(Counter)
    for page in pages:
        c = by_form[page["form"]]
        c["pages"] += 1
        c["articles"] += sum(1 for a in page["articles"] if a["kind"] == "article")
        c["photos"] += sum(1 for a in page["articles"] if a["kind"] == "photo")
        c["lines"] += len(page["lines"])
        c["chars"] += len(_nonspace(page["text"]))
        c["jumps out"] += sum(1 for a in page["articles"] if a["continued_on"])
        c["jumps in"] += sum(1 for a in page["articles"] if a["continued_from"])
        c["headers"] += page["page"] is not None or page["date"] is not None
        for entry in page["lines"]:
            c["field " + entry["field"]] += 1
            c["inline jumps"] += "jump_text" in entry
    out = []
    for form, c in sorted(by_form.items()):
        out.append(f"{form}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    return "\n".join(out)


def show(page: dict) -> str:
    labels = {e["n"]: e for e in page["lines"]}
    out = [f"== {page['name']} ({page['form']}, {page['source']}) paper={page['paper']} date={page['date']} "
           f"page={page['page']}"]
    for n, raw in enumerate(page["text"].split("\n")):
        entry = labels.get(n)
        if entry is None:
            out.append(f"{n:4d} {'':18}|")
            continue
        tag = f"{'F' if entry['article'] is None else entry['article']}:{entry['field'][:4]}:{entry['block']}"
        if "jump_text" in entry:
            tag += "+j"
        out.append(f"{n:4d} {tag:18}| {raw}")
    out.append("-- truth")
    for index, article in enumerate(page["articles"]):
        brief = dict(article)
        brief["paragraphs"] = [p if len(p) <= 60 else p[:28] + " … " + p[-28:] for p in article["paragraphs"]]
        out.append(f"[{index}] " + json.dumps(brief, ensure_ascii=False))
    out.append("furniture: " + json.dumps(page["furniture"], ensure_ascii=False))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, help="folder for NNNN.txt + NNNN.json")
    parser.add_argument("--show", type=int, metavar="N", help="print page N and its truth")
    args = parser.parse_args(argv)
    count = max(args.count, (args.show or 0) + 1) if args.show is not None else args.count
    pages = generate(args.shared, args.split, count, args.seed)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages):
            (args.out / f"{i:04d}.txt").write_text(page["text"] + "\n", encoding="utf-8")
            (args.out / f"{i:04d}.json").write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    if args.show is not None:
        print(show(pages[args.show]))
    print(f"{len(pages)} pages ({args.split}, seed {args.seed})", file=sys.stderr)
    print(stats(pages), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
