"""Property tests: random pages in both input forms, and arbitrary text.

Whatever the page, the rebuild must not raise, must give back every
non-whitespace character of the input exactly once, must place every
non-blank line exactly once, and must be deterministic.
"""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banmian
from banmian.errors import InputError
from banmian.model import FIELDS
from banmian.read.text import ordinary_characters

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Common characters of news text, to make pages that look like pages.
HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    "数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    "别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研市镇街村企项目会议推动服务群众"
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红文辉力林斌宇浩凯鹏帆琳晨晓川茜岚"
CN_PAGES = ["一", "二", "三", "四", "五", "六", "七", "八", "十二", "2", "3", "A4", "16"]
WEEKDAYS = "一二三四五六日"
WS = "\u3000 \t"


def han(min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.text(alphabet=HAN, min_size=min_size, max_size=max_size)


@st.composite
def name(draw) -> str:
    return draw(st.sampled_from(SURNAMES)) + draw(st.text(alphabet=GIVEN, min_size=1, max_size=2))


@st.composite
def padded_name(draw) -> str:
    """Two-character names are printed padded to three: 王 正."""
    full = draw(name())
    return " ".join(full) if len(full) == 2 and draw(st.booleans()) else full


@st.composite
def clause(draw) -> str:
    parts = [draw(han(2, 14))]
    extra = draw(st.sampled_from(["", "", "number", "percent", "quote", "paren", "latin", "list"]))
    if extra == "number":
        parts.append(f"{draw(st.integers(1, 2030))}{draw(st.sampled_from(['年', '个', '万元', '亿元', '名', '项']))}")
    elif extra == "percent":
        parts.append(f"{draw(st.integers(0, 99))}.{draw(st.integers(0, 9))}%")
    elif extra == "quote":
        parts.append("“" + draw(han(2, 8)) + "”")
    elif extra == "paren":
        parts.append("（" + draw(han(1, 6)) + "）")
    elif extra == "latin":
        parts.append(draw(st.sampled_from(["G104", "S226", "AI", "5G", "GDP", "X308"])))
    elif extra == "list":
        parts.append("、".join(draw(st.lists(han(2, 4), min_size=2, max_size=4))))
    parts.append(draw(han(0, 10)))
    return "".join(parts)


@st.composite
def sentence(draw) -> str:
    body = "，".join(draw(st.lists(clause(), min_size=1, max_size=4)))
    end = draw(st.sampled_from(["。", "。", "。", "！", "？", "；", "。”", "？”"]))
    if end.endswith("”"):
        body = "“" + body
    return body + end


@st.composite
def paragraph(draw) -> str:
    text = "".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
    if draw(st.integers(0, 9)) == 0:  # a cross-reference stays text
        cut = draw(st.integers(0, len(text) - 1))
        text = text[:cut] + f"（相关报道见第{draw(st.sampled_from(CN_PAGES))}版）" + text[cut:]
    return text


@st.composite
def headline(draw) -> list[str]:
    lines = [draw(han(4, 18))]
    if draw(st.booleans()):
        title = draw(han(2, 8)) + " " + draw(han(2, 10))
        if draw(st.booleans()):
            title += " " + draw(han(2, 6))
        lines.append(title)
    if draw(st.integers(0, 4)) == 0:
        lines.append(draw(han(3, 10)) + "？")
    return lines


@st.composite
def lead(draw) -> str:
    kind = draw(st.sampled_from(["讯", "电", "none", "none"]))
    roles = draw(st.lists(st.sampled_from(["记者", "通讯员", "实习生", "特约通讯员"]), min_size=1, max_size=3))
    credit = " ".join(role + draw(name()) for role in roles)
    if kind == "讯":
        return f"本报讯（{credit}）"
    if kind == "电":
        names = "、".join(draw(st.lists(name(), min_size=1, max_size=3)))
        place = draw(st.sampled_from(["", "杭州", "北京"]))
        return f"本报{place}{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日电（记者{names}）"
    return ""


@st.composite
def byline_line(draw) -> str:
    names = " ".join(draw(st.lists(padded_name(), min_size=1, max_size=3)))
    line = draw(st.sampled_from(["本报记者 ", "记者 ", "通讯员 ", "本报特约通讯员 "])) + names
    if draw(st.booleans()):
        line += " 实习生 " + draw(name())
    return line


@st.composite
def credit(draw) -> str:
    form = draw(st.sampled_from(["记者 {} 摄", "{}摄", "本报记者 {} 摄", "通讯员 {} 摄", "{} / 摄"]))
    return form.format(draw(padded_name()))


@st.composite
def jump(draw, direction: str) -> str:
    verb = draw(st.sampled_from(["下转", "转"] if direction == "on" else ["上接", "接"]))
    page = draw(st.sampled_from(CN_PAGES))
    return f"（{verb}第{page}版）" if draw(st.booleans()) else f"（{verb}{page}版）"


@st.composite
def header(draw) -> str:
    paper = draw(han(2, 3)) + draw(st.sampled_from(["日报", "晚报", "报"]))
    date = f"{draw(st.integers(1990, 2030))}年{draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日"
    parts = [paper, date, "星期" + draw(st.sampled_from(WEEKDAYS)), f"第{draw(st.integers(1, 24))}版"]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["要闻", "综合", "民生", "时政"])))
    return " ".join(parts)


@st.composite
def editors(draw) -> str:
    return f"本版责编：{draw(padded_name())} 版式设计：{draw(padded_name())}"


# An item is a list of (kind, text) where kind is "head" (a line printed as is)
# or "para" (a paragraph the layout may cut or wrap).


@st.composite
def article_item(draw) -> list[tuple[str, str]]:
    out = [("head", text) for text in draw(headline())]
    if draw(st.booleans()):
        out.append(("head", draw(jump("from"))))
    if draw(st.integers(0, 3)) == 0:
        out.append(("head", draw(byline_line())))
    paragraphs = draw(st.lists(paragraph(), min_size=1, max_size=5))
    paragraphs[0] = draw(lead()) + paragraphs[0]
    for index, text in enumerate(paragraphs):
        if index and draw(st.integers(0, 6)) == 0:  # an in-article subhead
            out.append(("head", draw(han(4, 12))))
        out.append(("para", text))
    if draw(st.integers(0, 3)) == 0:
        out.append(("head", draw(jump("on"))))
    return out


@st.composite
def photo_item(draw) -> list[tuple[str, str]]:
    out = [("head", draw(han(3, 10)))] if draw(st.booleans()) else []
    out.append(("para", draw(paragraph())))
    out.append(("head", draw(credit())))
    return out


@st.composite
def page_items(draw) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    if draw(st.booleans()):
        items.append(("head", draw(header())))
    for item in draw(st.lists(st.one_of(article_item(), article_item(), photo_item()), min_size=1, max_size=5)):
        items += item
    if draw(st.booleans()):
        items.append(("head", draw(editors())))
    return items


def sprinkle_spaces(draw, text: str) -> str:
    """Layout noise: full-width or ASCII spaces inside a line, now and then."""
    if len(text) < 2 or draw(st.integers(0, 5)):
        return text
    at = draw(st.integers(1, len(text) - 1))
    return text[:at] + draw(st.sampled_from(["\u3000", " ", "  ", "\u3000\u3000"])) + text[at:]


@st.composite
def fragments_page(draw) -> str:
    """Form (a): one line per paragraph or column fragment, blank lines between."""
    lines: list[str] = []
    for kind, text in draw(page_items()):
        pieces = [text]
        if kind == "para" and len(text) > 2:
            cuts = sorted(set(draw(st.lists(st.integers(1, len(text) - 1), max_size=2))))
            pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
        for piece in pieces:
            lines.append(sprinkle_spaces(draw, piece))
    gaps = draw(st.lists(st.integers(1, 3), min_size=len(lines), max_size=len(lines)))
    out = "\n" * draw(st.integers(0, 3))
    for line, gap in zip(lines, gaps):
        out += line + "\n" * (gap + 1)
    return out


def wrap(text: str, width: int, indent: str) -> list[str]:
    text = indent + text
    return [text[i:i + width] for i in range(0, len(text), width)]


@st.composite
def wrapped_page(draw) -> str:
    """Form (b): hard-wrapped lines, paragraphs marked by an indent, blank lines at column ends."""
    width = draw(st.integers(8, 30))
    indent = draw(st.sampled_from(["\u3000\u3000", "\u3000\u3000", "  ", "    ", ""]))
    lines: list[str] = []
    for kind, text in draw(page_items()):
        if kind == "para":
            lines += wrap(text, width + draw(st.integers(-1, 1)), indent)
        else:
            lines.append(text)
    out: list[str] = []
    for line in lines:
        if out and draw(st.integers(0, 7)) == 0:  # a column ends here
            out += [""] * draw(st.integers(1, 2))
        out.append(line + draw(st.sampled_from(["", "", "", " ", "\u3000"])))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return newline.join(out) + newline


TOKENS = [
    "本报讯", "（记者", "通讯员", "）", "本报3月5日电", "记者 王 正 摄", "王 正摄", "本报记者 李 四",
    "（下转第二版）", "（上接第一版）", "（相关报道见第六版）", "东湖日报 2024年3月12日 星期二 第1版",
    "本版责编：徐 静", "版式设计：顾晓光", "。", "，", "？", "！", "、", "“", "”", "12.5%", "G104",
    "全市", "重点项目", "开工", "会议", "强调", "在", "的", "一", "\n", "\n\n", "\n\n\n", "\r\n",
    "\u3000\u3000", " ", "\f", "\t", "臺灣", "𠮷", "A", "0",
]


@st.composite
def token_soup(draw) -> str:
    """Pieces of page text in any order: pages no layout would print."""
    return "".join(draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60)))


# --- checks ------------------------------------------------------------------------------


def significant(text: str) -> Counter:
    """The characters that must come back: everything but whitespace and the BOM."""
    return Counter(ch for ch in text if not ch.isspace() and ch != "\ufeff")


def non_blank_line_numbers(text: str) -> list[int]:
    """Lines with text: not only spaces, BOMs and control characters (which are no text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return [n for n, line in enumerate(text.split("\n")) if ordinary_characters(line.replace("\ufeff", "")).strip()]


def output_text(page: banmian.Page) -> str:
    parts = list(page.furniture)
    for article in page.articles:
        parts += article.headline + article.paragraphs + article.byline.text + article.jump_lines
    return "".join(parts)


def check(text: str) -> None:
    page = banmian.rebuild(text)

    # Nothing lost, nothing invented (radicals and compatibility ideographs read as the ordinary
    # characters they stand for, as README says).
    got, want = significant(output_text(page)), significant(ordinary_characters(text))
    assert got == want, f"lost: {dict(want - got)}; invented or doubled: {dict(got - want)}"

    # Every non-blank line is placed exactly once, in a known field.
    numbers = [line.number for line in page.lines]
    assert numbers == non_blank_line_numbers(text)
    assert sorted(p.line for p in page.placements) == numbers
    for placement in page.placements:
        assert placement.field in FIELDS
        assert (placement.article is None) == (placement.field == "furniture"), placement

    # Articles are traced to disjoint lines; with furniture they cover the page.
    placed = {p.line for p in page.placements if p.article is not None}
    traced = [n for article in page.articles for n in article.source_lines]
    assert len(traced) == len(set(traced))
    assert set(traced) == placed

    # Well-formed output; the same input gives the same page and ids.
    data = page.to_dict()
    json.dumps(data, ensure_ascii=False)
    ids = [article["id"] for article in data["articles"]]
    assert len(ids) == len(set(ids))
    assert all(article["kind"] in ("article", "photo") for article in data["articles"])
    again = banmian.rebuild(text).to_dict()
    assert [article["id"] for article in again["articles"]] == ids
    assert again == data


@SETTINGS
@given(fragments_page())
def test_fragment_pages(text):
    check(text)


@SETTINGS
@given(wrapped_page())
def test_wrapped_pages(text):
    check(text)


@st.composite
def traditional_page(draw) -> str:
    """A page with some or all of its characters that have a traditional form written in it: a
    Hong Kong page, or a simplified one quoting a traditional name (both forms on one page)."""
    import random

    from banmian.rebuild.traditional import search_folds

    traditional_of: dict[str, list[str]] = {}
    for traditional, simplified in search_folds().items():
        traditional_of.setdefault(simplified, []).append(traditional)
    text = draw(st.one_of(fragments_page(), wrapped_page()))
    share, seed = draw(st.sampled_from((0.3, 1.0))), draw(st.integers(0, 2**16))
    chance = random.Random(seed)  # 发 written 發 in one place and 髮 in another: a page neither may fold
    return "".join(chance.choice(traditional_of[ch]) if ch in traditional_of and chance.random() < share else ch
                   for ch in text)


@SETTINGS
@given(traditional_page())
def test_traditional_pages(text):
    check(text)


@SETTINGS
@given(token_soup())
def test_token_soup(text):
    if not text.strip():
        return
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_is_rebuilt_or_refused_as_empty(text):
    if not non_blank_line_numbers(text):
        try:
            banmian.rebuild(text)
        except InputError:
            return
        raise AssertionError("blank input was not refused with InputError")
    check(text)


@settings(max_examples=50, deadline=None)
@given(st.one_of(fragments_page(), wrapped_page()), st.sampled_from(["东湖日报", "西山晚报"]),
       st.sampled_from(["2024-03-12", "2023-01-01"]), st.integers(1, 20))
def test_overrides_win_and_ids_depend_only_on_input(text, paper, date, number):
    page = banmian.rebuild(text, paper=paper, date=date, page=number)
    assert (page.paper, page.date, page.page) == (paper, date, number)
    again = banmian.rebuild(text, paper=paper, date=date, page=number)
    assert [a.id for a in again.articles] == [a.id for a in page.articles]
