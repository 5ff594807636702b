"""Placements to a Page: join each block's lines, read bylines, datelines and jumps.

Every rebuilder (ours, and the naive baseline in bench/) ends here, so they
differ only in how they place lines.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence

from banmian.model import Article, BBox, Line, Page, Placement, Region, page_label
from banmian.rebuild import bylines, patterns
from banmian.rebuild.bylines import ROLE_WORD, merge, parse_byline, parse_credit, split_dateline
from banmian.rebuild.traditional import FoldTable, fold_table, unfolded

_LEADING_JUMP = re.compile(patterns.JUMP.pattern.rstrip("$"))


def assemble(
    lines: list[Line],
    placements: list[Placement],
    *,
    paper: str | None = None,
    date: str | None = None,
    page: int | None = None,
    section: str | None = None,
    figures: Sequence[BBox] = (),
    fold: FoldTable | None = None,
) -> Page:
    """The page from its placements; what paper, date and page (with its section) are not given
    is taken from the page header.  Article ids follow from the page's paper, date and page, however
    they were learnt, so that giving what the header says changes no id."""
    table = fold_table(lines) if fold is None else fold  # as the stages before read the lines
    text_of = {line.number: line.text.translate(table) if table else line.text for line in lines}
    blocks: dict[tuple, list[str]] = {}
    for placement in placements:
        key = (placement.article, placement.field, placement.block)
        blocks.setdefault(key, []).append(text_of[placement.line])

    furniture = [text for (article, _, _), texts in blocks.items() if article is None for text in texts]
    # Each article's blocks and placements gathered in one pass each, in page order (not one pass over the
    # page's every placement per article, three times over)
    blocks_of: dict[int, list[tuple[str, list[str]]]] = {}
    for (article, field, _), texts in blocks.items():
        if article is not None:
            blocks_of.setdefault(article, []).append((field, texts))
    placed_in: dict[int, list[Placement]] = {}
    for placement in placements:
        placed_in.setdefault(placement.article, []).append(placement)
    article_order = list(blocks_of)
    header_paper, header_date, header_page, header_section = _header(furniture)
    paper, date = paper or header_paper, date or header_date
    if page is None:
        page, section = header_page, header_section
    line_of = {line.number: line for line in lines}
    articles = [
        _article(
            [(field, " ".join(texts) if field == "headline" else _join_names(texts) if field in _NAMES
              else _join(texts))
             for field, texts in blocks_of[index]],
            [p.line for p in placed_in[index]],
            position,
            (paper, date, None if page is None else page_label(section, page)),
        )
        for position, index in enumerate(article_order)
    ]
    for article, index in zip(articles, article_order):
        _next_or_previous_page(article, page, section)
        article.regions = regions([(line_of[p.line], p.field) for p in placed_in[index]])
        if article.kind == "photo":
            article.regions += photo_regions(article.regions, figures)
        article.ocr_confidence = ocr_confidence([line_of[p.line] for p in placed_in[index]])
    return unfolded(Page(
        paper=paper,
        date=date,
        page=page,
        section=section,
        furniture=furniture,
        articles=articles,
        figures=list(figures),
        lines=list(lines),
        placements=list(placements),
    ), table)


def photo_regions(found: list[Region], figures: Sequence[BBox]) -> list[Region]:
    """The photo a caption stands under: the figure whose foot is nearest above the caption's top."""
    body = [region.bbox for region in found if region.kind == "body"]
    if not body or not figures:
        return []
    top = body[0]
    above = [f for f in figures if f.y1 <= top.y0 + 1 and min(f.x1, top.x1) - max(f.x0, top.x0) > 0]
    if not above:
        return []
    return [Region("photo", max(above, key=lambda f: f.y1))]


def regions(placed: list[tuple[Line, str]]) -> list[Region]:
    """An article's headline box and one box per column block of its body, from line boxes.

    A body line that starts a column to the right, or climbs back up the
    page, opens a new block.
    """
    headline = [line.bbox for line, field in placed if field == "headline" and line.bbox]
    found = [Region("headline", _union(headline))] if headline else []
    block: list[BBox] = []
    right = 0.0  # the block's right edge, kept as it grows: a column holds hundreds of lines
    for line, field in placed:
        box = line.bbox
        if field == "headline" or box is None:
            continue
        if block and (box.y0 < block[-1].y0 or box.x0 >= right):
            found.append(Region("body", _union(block)))
            block = []
        right = max(right, box.x1) if block else box.x1
        block.append(box)
    if block:
        found.append(Region("body", _union(block)))
    return found


def ocr_confidence(lines: list[Line]) -> float | None:
    """The lines' OCR confidence weighted by characters; None where no line was read by OCR."""
    read = [line for line in lines if line.confidence is not None]
    characters = sum(len(line.text) for line in read)
    if not characters:
        return None
    return round(sum(line.confidence * len(line.text) for line in read) / characters, 3)


def _union(boxes: list[BBox]) -> BBox:
    return BBox(min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes), max(b.y1 for b in boxes))


def _join(texts: list[str]) -> str:
    return functools.reduce(_text_joined, texts)


def _text_joined(left: str, right: str) -> str:
    """Lines of text joined; a dateline's run-in credit that ended a line (本报讯 通讯员 沈洁 记者 王路 / 来自…)
    was set off from the text by a space, which the line end took: without it the last name runs on.  A line end
    that cut a role word (…记者　徐子涵　通 / 讯员　顾佳琪…) cut no space, nor did one that cut the last name, its rest
    set off from the text by the space (…通讯员 唐 / 小雅 “病人…)."""
    if (patterns.dateline_alone(left) and not left.endswith(("）", ")")) and not _role_across(left, right)
            and not _name_across(left, right)):
        return left + " " + right
    return patterns.join_cut(left, right)


# Fields whose lines are runs of names (本报记者 孙清清 / 韩 洁), not sentences.
_NAMES = ("byline", "credit")
_LAST_NAME = re.compile(r"(?:^|[\s、，,/])([\u4e00-\u9fff]+)$")
_NAME_REST_SPACED = re.compile(r"^([\u4e00-\u9fff]{1,3})\s")  # a name's rest, then the space that sets the text off
_LONGEST_NAME = 4  # characters of a Chinese name, surname and given name


def _join_names(texts: list[str]) -> str:
    return functools.reduce(_names_joined, texts)


def _names_joined(left: str, right: str) -> str:
    """A line of names that ends on a whole one (three characters: no name of two goes on), or
    a line of whole names after it (本报记者 韩 洁 / 罗 茜), or a byline stacked under a byline,
    met the line end between two names;
    else the end cut a name (本报记者 孙清 / 清).  Two-character names before a line that is not
    all names are left to the cut: either reading is as likely."""
    last = _LAST_NAME.search(patterns.spaced_roles(left))
    whole = (last is not None and len(last.group(1)) >= 3 and right[:1] >= "\u4e00"
             and not _role_across(left, right)) or (
        patterns.is_names_line(right) and not patterns.ends_in_open_name(patterns.spaced_roles(left))) or (
        patterns.is_byline_line(left) and patterns.is_byline_line(right))
    return left + " " + right if whole else patterns.join_cut(left, right)


def _name_across(left: str, right: str) -> bool:
    """Did the line end cut the credit's last name (通讯员 唐 / 小雅 “…, 欧阳晓 / 林 …), its rest ending at a space?  One
    side is then a single character: two whole names meet there too (记者 王芳 / 李明 6月8日…)."""
    head, rest = _LAST_NAME.search(left), _NAME_REST_SPACED.match(right)
    return (head is not None and rest is not None and min(len(head.group(1)), len(rest.group(1))) == 1
            and len(head.group(1)) + len(rest.group(1)) <= _LONGEST_NAME
            and not bylines.ROLE_WORD.search(head.group(1) + " " + rest.group(1)))  # …许 航 / 通讯员 林晓彤: a role


def _role_across(left: str, right: str) -> bool:
    """Does the line end cut a role word (本报通讯 / 员王 正)?"""
    joined = left + right
    return any(match.start() < len(left) < match.end() for match in bylines.ROLE_WORD.finditer(joined))


def _credit_over_box(paragraphs: list[str]) -> re.Match | None:
    """The foot credit closing a story's text over the story's box (…（通讯员 韩 冬） / 小贴士 / …), if any."""
    for above, label in zip(reversed(paragraphs[:-1]), reversed(paragraphs[1:])):
        if patterns.BOX_LABEL.match(label):
            return patterns.closing_credit(above)
    return None


def _credited_role(article: Article, credit: str) -> str:
    """The role of a credit's names where it gives none: an artwork's maker under its caption (作者　沈德昌) made the
    picture; under an essay's title (作者　王德明) the writer wrote the text."""
    return "photographers" if article.kind == "photo" and credit.startswith("作者") else "reporters"


def _article(blocks: list[tuple[str, str]], source_lines: list[int], position: int, where) -> Article:
    article = Article(id="", source_lines=source_lines)
    for field, text in blocks:
        if field == "headline":
            article.headline.append(text)
        elif field in ("paragraph", "caption"):
            _add_paragraph(article, text)
            if field == "caption":
                article.kind = "photo"
        elif field in ("byline", "credit"):
            article.byline.text.append(text)
            merge(article.byline, parse_byline(text) if field == "byline" else parse_credit(text, _credited_role(article, text)))
        elif field == "jump":
            _add_jump(article, text)
    if not article.paragraphs and any(field == "credit" for field, _ in blocks):
        article.kind = "photo"  # “松弛感” / 图/郭 栋: a picture under its title, no text beside its credit
    if article.paragraphs:
        lead = _lead(article.paragraphs)
        article.dateline, credit = split_dateline(lead)
        if credit:
            merge(article.byline, parse_credit(credit))
        for later in _later_credits(article.paragraphs, lead):
            merge(article.byline, parse_credit(later))
        for brief in _signed_briefs(article.paragraphs):
            merge(article.byline, parse_credit(brief, in_brackets=True))  # 简讯 / ■…（通讯员 许 婷） / ■…（记者 俞 欢）
        closing = patterns.closing_credit(article.paragraphs[-1]) or _credit_over_box(article.paragraphs)
        if closing and closing["credit"] and not article.byline.people():
            # …1.2万人次。（记者何思远 通讯员林媛）: a short item's only byline.  Under a byline it
            # credits a part of the story (（记者：于荣、徐超；视频：操兰漪）), not its writers.
            merge(article.byline, parse_credit(closing["credit"], in_brackets=True))
        reprint = _REPRINT_AUTHOR.search(article.paragraphs[-1])
        if reprint and not article.byline.people():
            merge(article.byline, parse_credit(reprint["credit"]))  # （摘自《江南商报》5月6日　作者：林 舟）, （…张 帆/文）: its writer
        first = patterns.letter_opening(article.paragraphs[0])
        opening = article.paragraphs[first:first + 1]
        if not article.byline.people() and opening and patterns.SALUTATION.match(opening[0]) and (
                opening[0] == article.paragraphs[0] or patterns.is_names_line("".join(_letter_writer(article.paragraphs)))):
            # (under an editor's note only a person's name: 县总工会　团县委　县妇联 sign a proposal)
            article.byline.reporters += _letter_writer(article.paragraphs)  # 编辑同志：… / 机修车间　孙大海
        run_in = (patterns.run_in_credit(article.paragraphs[-1])
                  if article.kind == "photo" and not article.byline.photographers else None)
        if run_in:
            merge(article.byline, parse_credit(run_in))  # …赏雪。 记者 周学军 摄
    article.id = _article_id(article, position, where)
    return article


# A reprint's source note, naming the paper it was taken from and its writer
_REPRINT_AUTHOR = re.compile(r"[（(]摘自[^（）()]{2,30}?\s*(?P<credit>作者[:：]\s*[^（）()：:]{1,20}|[^\s（）()/]\S*(?:\s\S+)?/文)[）)]$")


def _signed_briefs(paragraphs: list[str]) -> list[str]:
    """The credits of a box's marked briefs, or briefs led by their place (瑞溪市　近日，…), each signed at its end (■…。
    （通讯员 许 婷）, ■…。（绵阳中学　李俊峰）: a contributor where he works), where there are two or more."""
    credits = [credit for text in paragraphs if text[0] in patterns.BRIEF_MARKS or patterns.PLACED_BRIEF.match(text)
               for credit in [_brief_credit(text)] if credit]
    return credits if len(credits) >= 2 else []


def _brief_credit(text: str) -> str | None:
    """The credit a brief closes on: its people by role, or a contributor where he works."""
    closing = patterns.closing_credit(text)
    if closing and closing["credit"]:
        return closing["credit"]
    signed = _SIGNED_BY_UNIT.search(text)
    return signed["credit"] if signed and (patterns.UNIT_CREDIT.match(signed["credit"])
                                                or patterns.house_credit(signed["credit"]) is not None) else None


_SIGNED_BY_UNIT = re.compile(r"[。！？”][（(](?P<credit>[^（）()]{4,30})[）)]$")


def _letter_writer(paragraphs: list[str]) -> list[str]:
    """The writer of a letter, from the signature it prints as its last line (山西榆次县  王 贵, （…社员　李有田）), or
    as the line over the answer printed under it (读者　蔡文华 / 编者：谢谢…)."""
    answered = next((k for k, text in enumerate(paragraphs) if k > 1 and patterns.ANSWER_OPENS.match(text)),
                    len(paragraphs))
    signature = _LETTER_SIGNATURE.match(paragraphs[answered - 1]) if answered > 1 else None
    return ["".join(signature["names"].split())] if signature else []  # one writer, padded (谢 德 福) or not


_LETTER_SIGNATURE = re.compile(rf"^[（(]?[^\s。，！？]{{2,24}}?\s(?:\S{{2,}}\s)?"  # the place or unit, perhaps a calling
                               rf"(?P<names>[{patterns.CJK}](?:\s?[{patterns.CJK}]){{1,2}})[）)]?$")


def _later_credits(paragraphs: list[str], lead: str) -> list[str]:
    """The credits of a round-up's later reports, each opened by its own dateline (又电（记者邓剑洋）…,
    本报西宁6月16日电（记者龚仕建、江萌）…): the paper's reporters wrote the story too.  (Agency copy quoted
    in a story, 新华社…电（记者X）, is not the story's.)"""
    credits = []
    for text in paragraphs[paragraphs.index(lead) + 1:]:
        if text.startswith(_AGAIN):
            credit = patterns.DATELINE_CREDIT.match(text[len(_AGAIN):])
            credits += [credit["credit"]] if credit else []
        elif text.startswith("本报") and patterns.DATELINE.match(text):
            credits += [credit for credit in [split_dateline(text)[1]] if credit and ROLE_WORD.search(credit)]
    return credits


_AGAIN = "又电"  # a round-up's next report from the same place and day


def _lead(paragraphs: list[str]) -> str:
    """The paragraph that opens the story's text: the first, or the one after a 核心阅读 box or
    an editor's note and the summary under it that stand before the dateline."""
    if patterns.LEAD_IN.match(paragraphs[0]):
        return next((text for text in paragraphs[1:3] if patterns.DATELINE.match(text)), paragraphs[0])
    return paragraphs[0]


def _add_paragraph(article: Article, text: str) -> None:
    """A paragraph, with a jump line printed at its start or end moved to the jump fields."""
    leading = _LEADING_JUMP.match(text)
    if leading and leading.end() < len(text):
        _add_jump(article, leading.group(0))
        text = text[leading.end():].lstrip()
    trailing = patterns.trailing_jump(text)
    if trailing:
        text, jump_line = text[: trailing.start()].rstrip(), trailing.group(0)
        article.paragraphs.append(text)
        _add_jump(article, jump_line)
        return
    article.paragraphs.append(text)


def _add_jump(article: Article, text: str) -> None:
    article.jump_lines.append(text)
    jump = patterns.jump(text)
    if jump is None or jump.page is None:
        return  # （转下版）: which page is next is known once the page's own number is
    if jump.direction == "on":
        article.continued_on, article.continued_on_section = jump.page, jump.section
    else:
        article.continued_from, article.continued_from_section = jump.page, jump.section


def _next_or_previous_page(article: Article, page: int | None, section: str | None) -> None:
    """（转下版） and （接上版） point to the page after this one and the page before it."""
    for text in article.jump_lines if page is not None else ():
        jump = patterns.jump(text)
        if jump is not None and jump.page is None and jump.direction == "on":
            article.continued_on, article.continued_on_section = page + 1, section
        elif jump is not None and jump.page is None and page > 1:
            article.continued_from, article.continued_from_section = page - 1, section


def _article_id(article: Article, position: int, where) -> str:
    paper, date, page = where
    content = "\n".join(article.headline + article.paragraphs[:1])
    key = f"{paper}|{date}|{page}|{position}|{content}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _header(furniture: list[str]) -> tuple[str | None, str | None, int | None, str | None]:
    """Paper, date, page and section from the first header line; what it leaves out, from the
    pieces of a header set apart (a masthead over its date line, a flag's two ends)."""
    paper, date, page, section = next(filter(None, map(patterns.header, furniture)), (None, None, None, None))
    for piece_paper, piece_date, piece_page, piece_section in filter(None, map(patterns.header_piece, furniture)):
        paper, date = paper or piece_paper, date or piece_date
        if page is None:
            page, section = piece_page, piece_section
    if page is None and any(patterns.FRONT_PAGE_ITEM.match(text) for text in furniture):
        page = 1  # a masthead's 出版物号 or 今日8版 stands on the front page alone, which names no page
    if paper is None and date is not None and furniture:
        paper = patterns.county_paper(furniture[0])  # the masthead's first line, over the date it gave
    return paper, date, page, section

