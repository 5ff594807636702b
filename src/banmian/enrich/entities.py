"""People, organisations and places: the tagger, rules it misses, one form per article, officials.

`tag` runs the character tagger (see `tagger.py`) over the text, drops what it
takes for a name and is not (`not_a_name`, `cut_across_a_pair`), corrects a type
the text's own words contradict (`towns_named_as_people`, `people_after_titles`)
and adds the few names it is built not to see: numbered roads (`G104京岚线`),
companies and the people listed after 领导 (`市领导朱建军、马厉财等`).
`article_entities` then gives every mention the one form its article uses for
it, and reads titles (`市政协主席江金永`, each of a chain `党组书记、局长王五`, and one
after the name, `李强总理`), roles (`负责人潘智慧`) and groups (`市领导…等`); it leaves out
whom users could not tell apart (李女士, 王某) and common words taken for people that the
article gives no title or role.
`tag_texts` and `texts_entities` do the same for several texts (a page's
articles) with one run of the tagger, which costs much less than one run each.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from importlib.resources import files

from banmian.model import Entity, EntityMention
from banmian.rebuild.lexicon import words
from banmian.rebuild.patterns import PROVINCES

# A company: its legal form, and before it up to 14 Han characters (the name starts after the
# first of them it can), which may hold the place of a branch in brackets: 京博（海南）新材料有限公司.
# The name is matched back from each legal form found: a scan from every character is slower.
COMPANY_FORM = re.compile(r"股份有限公司|有限责任公司|有限公司|专业合作社|合作社")
COMPANY_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:[（(][\u4e00-\u9fff]{2,6}[）)][\u4e00-\u9fff]{0,14})?$")
COMPANY_NAME_LONGEST = 14 + 8 + 14  # COMPANY_NAME's most characters: 14, a bracketed place, 14
# Where a company's name starts: after a verb or function word, or after the kind of firm it is
# (重点企业|京博（海南）新材料有限公司, 销售公司|海韵…).
COMPANY_LEFT_EDGE = re.compile(r"[了的和与及是在由对向同等有到为将把被让请看见说会]|企业|公司")
# A look-ahead of the first character first (here and in LEADERS): the scan then tries
# the rest only where a match can begin, several times faster.
ROAD = re.compile(r"(?=[GSXY])(?<![A-Za-z0-9])[GSXY][0-9]{1,4}[\u4e00-\u9fff]{0,6}?(?:线|高速公路|高速|公路|国道|省道)")
# 市领导朱建军、马厉财等 / 县领导王某某出席: the names listed after a "leaders" word.
LEADERS = re.compile(r"(?=[市县区镇乡省州领])(?P<group>[市县区镇乡省州][委]?领导|[市县区]?领导同志)"
                     r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[、和及][\u4e00-\u9fff]{2,3})*)")
TITLE_WORDS = ("主席", "副主席", "书记", "副书记", "市长", "副市长", "县长", "副县长", "区长", "副区长",
               "镇长", "乡长", "省长", "副省长", "主任", "副主任", "局长", "副局长", "部长", "副部长", "厅长",
               "处长", "科长", "院长", "校长", "董事长", "总经理", "副总经理", "总理", "副总理", "主席团",
               "委员", "委员长", "常委", "秘书长", "检察长", "庭长", "所长", "会长", "理事长", "总裁", "行长", "组长", "总书记",
               "总统", "副总统", "首相", "国王", "女王", "议长", "外长", "大使", "发言人",
               "院士", "参谋长", "大臣")
ROLE_WORDS = ("负责人", "工作人员", "志愿者", "村民", "居民", "党员", "代表", "专家", "教授", "医生",
              "教师", "老师", "民警", "辅警", "队长", "站长", "船长", "技术员", "店主", "经理", "厂长",
              "社长", "村长", "主管", "员工", "市民", "游客", "学生", "研究员", "工程师", "记者", "通讯员")
# A role's rank written before it is part of it (副研究员, 高级工程师).
ROLE_RANKS = ("副", "高级", "首席", "资深")
LAYOUT_SPACES = " \u3000"
MOST_SPACES_AFTER_A_TITLE = 3
# The National People's Congress's special committees whose names hold 和 or 与 (宪法和法律委员会, 环境与资源保护委员会),
# by what follows it: their chairmen are in the news often, and the 和 had cut the title.
NPC_COMMITTEES_AFTER_AND = "法律委员会|司法委员会|资源保护委员会|农村委员会"
# Where a title stops to the left: a verb or function word before it (会见了|市政协主席).
# 应国家主席 → 国家主席; the 和 of 共和国 and of 人力资源和社会保障 is no edge, nor a character of a verb alone (the 席 of
# 主席团, the 会 of 大会 and 常委会, the 研 of 研究院), nor the 有 of 有限公司 (有限公司副总经理).
TITLE_LEFT_EDGE = re.compile(r"[了的及是在由对向同等到为将把被让请看见说应据经受]|有(?!限)"
                             r"|陪同|出席|参加|调研|带领|主持|发表|欢迎|播出|专访|率|要求|释放|任命|邀请|祝贺|感谢|呼吁"
                             rf"|(?<!共)(?<!资源)和(?!国|{NPC_COMMITTEES_AFTER_AND})|与(?!{NPC_COMMITTEES_AFTER_AND})")
# How far back a title before a name is read: a body's name and its office run to 18 characters
# (全国政协十四届一次会议主席团常务主席); 12 had cut one in ten titles.
TITLE_REACH = 20
# Titles written after a name that are not its holder's: 舒默发言人 is 舒默's spokesman.
NOT_AFTER_A_NAME = ("发言人",)
# How many characters a word of the word list runs on past a title it begins with (委员 + 会制).
LONGEST_RUN_PAST_A_TITLE = 2
OPENING_QUOTES = frozenset("“‘「")
CLOSING_QUOTES = frozenset("”’」")
NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
TITLES_AND_ROLES = TITLE_WORDS + ROLE_WORDS
TITLES_LONGEST_FIRST = sorted(TITLE_WORDS, key=len, reverse=True)
TITLE_LONGEST = len(TITLES_LONGEST_FIRST[0])
ROLES_LONGEST_FIRST = sorted(ROLE_WORDS, key=len, reverse=True)
# A role that ends a longer title is the title's (副总经理, not 经理): the titles each role ends.
TITLES_ENDING_IN_ROLE = {role: tuple(t for t in TITLE_WORDS if len(t) > len(role) and t.endswith(role))
                         for role in ROLE_WORDS}


# The tagger is imported where names are first looked for: it loads numba (0.2 s of CPU,
# 65 MB), which commands that never tag (search, show, serve) need not pay for.
def tagger_spans(text: str) -> list[tuple[int, int, str]]:
    from banmian.enrich.tagger import packaged_lexicon, packaged_model, predict

    return predict(text, packaged_model(), packaged_lexicon())


# Papers pad a two-character name to a three-character name's width (责编：王 正, 记者 李 华): two Han
# characters that stand alone, layout spaces between them.
PADDED_PAIR = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]([ \u3000\u00a0]+)[\u4e00-\u9fff](?![\u4e00-\u9fff])")
PADDING = re.compile(r"[ \u3000\u00a0]+")


def unpadded_spans(text: str) -> list[tuple[int, int, str]]:
    """`tagger_spans` of `text` read without the spaces that pad its padded pairs, offsets into `text`:
    the tagger ends a name at a space, and 王 正 had been the person 王 or nothing."""
    padded = list(PADDED_PAIR.finditer(text))
    if not padded:
        return tagger_spans(text)
    cuts = [match.span(1) for match in padded]
    pieces, previous = [], 0
    # Where each cut falls in the text read without them, and how much was cut up to there.
    at, removed = [], []
    for start, end in cuts:
        pieces.append(text[previous:start])
        at.append(start - (removed[-1] if removed else 0))
        removed.append((removed[-1] if removed else 0) + end - start)
        previous = end
    pieces.append(text[previous:])

    def back(position: int) -> int:
        index = bisect_right(at, position) - 1
        return position + (removed[index] if index >= 0 else 0)

    pairs = [match.span() for match in padded]
    return [widened(back(start), back(end - 1) + 1, kind, pairs) for start, end, kind in tagger_spans("".join(pieces))]


def widened(start: int, end: int, kind: str, pairs: list[tuple[int, int]]) -> tuple[int, int, str]:
    """A person the tagger found in part of a padded pair (陈 of 陈 震) is the pair: it is one name."""
    if kind == "PER":
        for first, last in pairs:
            if start < last and first < end:
                start, end = min(start, first), max(end, last)
    return start, end, kind


@cache
def surnames() -> frozenset[str]:
    from banmian.enrich.tagger import packaged_lexicon

    return packaged_lexicon().surnames


def tag(text: str) -> list[Entity]:
    """Names in `text` as (text, type, start, end), offsets into `text`; newlines end sentences."""
    return tag_texts([text])[0]


def tag_texts(texts: list[str]) -> list[list[Entity]]:
    """`tag` of each text, from one run of the tagger over the texts joined by newlines."""
    return [names for names, _ in names_and_groups(texts)]


def names_and_groups(texts: list[str], people: list[list[str]] | None = None,
                     ) -> list[tuple[list[Entity], list[re.Match]]]:
    """Each text's names (`tag`) and its lists of leaders (LEADERS' matches, which the rules
    and the officials both read), from one run of the tagger over the texts joined by newlines.
    `people`, each text's people known from elsewhere (its byline), are people wherever the
    text writes them (本报讯（记者杨帆 实习生钱小雨）: the tagger missed 钱小雨).

    Newlines end sentences: no feature, and so no name, reaches across one, so each
    name found in the joined text lies inside one of the texts.
    """
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    spans: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for start, end, kind in unpadded_spans("\n".join(texts)):
        index = bisect_right(starts, start) - 1
        spans[index].append((start - starts[index], end - starts[index], kind))
    found = []
    for text, tagged, known in zip(texts, spans, people or [[] for _ in texts], strict=True):
        groups = list(LEADERS.finditer(text))
        names = latin_words_whole(text, [whole_name(text, Entity(text[s:e], kind, s, e)) for s, e, kind in tagged])
        names = foreign_names_whole(text, edges_mended(text, names))
        one_character_places = {entity.start for entity in names if entity.type == "LOC" and len(entity.text) == 1}
        names = [entity for entity in names if not cut_across_a_pair(entity.text)
                 and (tagged_place_of_one_character(text, entity.start, one_character_places)
                      if entity.start in one_character_places
                      else entity.text not in COMMON_WORDS_LISTED_AS_PLACES if entity.type == "LOC"
                      else not not_a_name(text, entity))]
        names = people_after_titles(text, towns_named_as_people(text, names))
        names = merge(names, foreign_people_after_titles(text, names))
        found.append((merge(names, rule_names(text, groups) + people_written(text, known)), groups))
    return found


# "With" and "and" before a person (习近平同武契奇会谈): the tagger, which knows no 武契奇, took 同武契奇
# for one name.  同 and 和 are surnames too (和丽丽): see `without_conjunction`.
CONJUNCTIONS = ("与", "跟", "同", "和")
# Verbs before a body or place (时任市委书记, 前往市人民医院); not 曾任, of people surnamed 曾.
VERBS_BEFORE_A_BODY = ("时任", "现任", "历任", "前往", "前来", "赶往", "送往", "来到")
NUMBERED = re.compile(r"第[一二三四五六七八九十〇零0-9]+$")


def edges_mended(text: str, names: list[Entity]) -> list[Entity]:
    """The names with the words the tagger glued to them or cut from them put right: a conjunction
    before a person (`without_conjunction`), a verb before a body or place (时任|市委), an organisation
    begun inside a word (`organisation_whole`), a subdistrict cut before its 道 (太平街|道)."""
    mended: list[Entity] = []
    for name in names:
        if name.type == "PER":
            mended.extend(without_conjunction(without_verb_of_a_report(name, text)))
            continue
        verb = next((verb for verb in VERBS_BEFORE_A_BODY if name.text.startswith(verb)), None)
        if verb:
            if len(name.text) - len(verb) >= 2:
                mended.append(Entity(name.text[len(verb):], name.type, name.start + len(verb), name.end))
        elif name.type == "ORG" and word_across_edge(text, name.start, name.end):
            mended.extend(organisation_whole(text, name, mended))
        elif name.type == "LOC" and name.text.endswith("街") and text[name.end:name.end + 1] == "道":
            mended.append(Entity(name.text + "道", "LOC", name.start, name.end + 1))
        else:
            mended.append(name)
    return mended


def without_verb_of_a_report(name: Entity, text: str) -> Entity:
    """A person read without the 作 of the formula X作的报告 (秘书长刘奇|作的关于…的说明): the tagger glued it on."""
    if len(name.text) >= 3 and name.text.endswith(REPORT_VERB) and text.startswith("的", name.end):
        return Entity(name.text[:-1], "PER", name.start, name.end - 1)
    return name


REPORT_VERB = "作"


def without_conjunction(name: Entity) -> list[Entity]:
    """A person read without the conjunction the tagger glued to its front (同|武契奇), or two people
    read into one across it (李明|同|武契奇): 与 and 跟 always, 同 and 和 (also surnames, 和丽丽)
    before three characters or a name the lexicon knows."""
    text = name.text
    if len(text) >= 3 and text[0] in CONJUNCTIONS:
        rest = text[1:]
        if text[0] in "与跟" or len(rest) >= 3 or rest in known_names():
            return [Entity(rest, "PER", name.start + 1, name.end)]
    # A Chinese name of two or three characters, then the conjunction and a name of two or more:
    # longer than any one Chinese name.
    for at in (2, 3):
        if len(text) >= at + 3 and text[at] in CONJUNCTIONS and text[0] in surnames() and "·" not in text:
            return [Entity(text[:at], "PER", name.start, name.start + at),
                    Entity(text[at + 1:], "PER", name.start + at + 1, name.end)]
    return [name]


def organisation_whole(text: str, name: Entity, before: list[Entity]) -> list[Entity]:
    """An organisation the tagger began inside a word (民医院 of 第一人民医院), begun where that word
    begins where a number (第一) or a place (温岭市人民医院) stands before the word: with the number and
    the place or body before it, which is taken out of `before`, the names before it.  Elsewhere it
    is left as it is: a word across a body's first character is as often a verb's (社民党对|内阁)."""
    known = words()
    start = next(first for first in range(max(0, name.start - 3), name.start)
                 if any(text[first:last] in known for last in range(name.start + 1, min(name.end, first + 4) + 1)))
    number = NUMBERED.search(text, 0, start)
    place = before[-1] if before and before[-1].type == "LOC" and before[-1].end == start else None
    if number:
        start = number.start()
        place = before[-1] if before and before[-1].type != "PER" and before[-1].end == start else None
    elif not place:
        return [name]
    if place:
        before.pop()
        start = place.start
    return [Entity(text[start:name.end], "ORG", start, name.end)]


# Verbs the tagger glues before a foreign name as if its first syllable (应托卡耶夫总统邀请).
VERBS_BEFORE_A_PERSON = frozenset("应致")
# Most characters of a foreign name the tagger cut short that are added back on either side (埃尔|多安).
MOST_ADDED_TO_A_FOREIGN_NAME = 3
# Words that begin right after a name as its verbs do (普京今天抵达, 埃尔多安当天表示).
WORDS_AFTER_A_NAME = ("今天", "今日", "当天", "当日", "日前", "近日", "昨天", "昨日", "此前", "一行", "通电话",
                      "通话") + TITLE_WORDS


def foreign_names_whole(text: str, names: list[Entity]) -> list[Entity]:
    """Foreign names the tagger cut short taken whole: a person written with the characters
    transliterations are (`transliterated`) that stops where no name ends gets the characters of the
    kind after it up to where one does (埃尔|多安与, 阿拉格|齐通电话, 阿娜·布尔|纳比奇，), or the person
    right after it (米哈伊尔·杰格佳|廖夫); a name written with · gets back the first characters of its
    first part, up to a title or role (专家何|塞·路易斯·斯特拉), and is a person where a name can end after
    it, unless quoted or in a title's brackets, where one not written like a foreign name is none
    (“薪传·鼎新”, 《满庭芳·国色》: a slogan's or a work's parts); a verb glued before one goes (应|托卡耶夫)."""
    mended: list[Entity] = []
    rest = iter(range(len(names)))
    for at in rest:
        name = names[at]
        start, end = name.start, name.end
        if name.type == "PER" and name.text[0] in VERBS_BEFORE_A_PERSON and transliterated(name.text[1:]) \
                and len(name.text) >= 4:
            start += 1
        if "·" in name.text:
            start = first_part_start(text, start, mended[-1].end if mended else 0)
        following = names[at + 1] if at + 1 < len(names) else None
        if (name.type == "PER" or "·" in name.text) and transliterated(text[start:end]):
            if following and following.type == "PER" and following.start == end \
                    and transliterated(text[start:following.end]) and name_ends_at(text, following.end):
                end = following.end
                next(rest)
            else:
                end = foreign_name_end(text, end, following.start if following else len(text))
        kind = dotted_name_kind(text, name, start, end) if "·" in name.text else name.type
        if kind:
            mended.append(name if (start, end, kind) == (name.start, name.end, name.type)
                          else Entity(text[start:end], kind, start, end))
    return mended


def dotted_name_kind(text: str, name: Entity, start: int, end: int) -> str | None:
    """The type of a name written with ·, read from `start` to `end`: a person where it is written like a
    foreign name and a name can end after it; none where it is quoted and is not (“薪传·鼎新”)."""
    foreign = transliterated(text[start:end])
    if QUOTED_OR_BRACKETED.search(text, max(0, start - QUOTE_REACH), start):
        return name.type if foreign else None
    return "PER" if foreign and name_ends_at(text, end) else name.type


# An opening quote or bracket not closed before a name (“中国茅台·国之栋梁”, 《满庭芳·国色》): a slogan or a
# work is named there.  How far back one is looked for.
QUOTED_OR_BRACKETED = re.compile(r"[“《「][^”》」]*$")
QUOTE_REACH = 15


@cache
def transliteration_characters() -> frozenset[str]:
    """The characters foreign names are written with (斯, 尔, 娃 …), learned from dev news and the dev split
    (`bench/train_ner.py transliteration`)."""
    data = files("banmian.enrich").joinpath("transliteration.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").strip())


def transliterated(name: str) -> bool:
    """Whether a name reads as a foreign one: two characters or more (its parts joined by · if any), all
    but one in three of them characters transliterations are written with (埃尔, 加里巴, 何塞·路易斯·斯特拉;
    not 王小明, 送文化·惠)."""
    if not all(name.split("·")):
        return False
    name = name.replace("·", "")
    letters = transliteration_characters()
    return len(name) >= 2 and sum(ch not in letters for ch in name) <= len(name) // 3


def name_ends_at(text: str, position: int) -> bool:
    """Whether a name can end at `position`: what follows is no Han character, starts what follows a name
    (说, 表示, 与) or is a word that does (今天, 总统)."""
    return (position >= len(text) or not "\u4e00" <= text[position] <= "\u9fff" or text[position] in AFTER_NAME
            or text.startswith(WORDS_AFTER_A_NAME, position))


def foreign_name_end(text: str, end: int, limit: int) -> int:
    """Where a foreign name the tagger ends at `end` does end: there, or up to three characters of
    transliterations further (before `limit`, the next name) where a name can end."""
    if name_ends_at(text, end):
        return end
    letters = transliteration_characters()
    for more in range(1, MOST_ADDED_TO_A_FOREIGN_NAME + 1):
        at = end + more
        if at > limit or text[at - 1] not in letters or text[at - 1] in AFTER_NAME:
            break
        if name_ends_at(text, at):
            # Not a common word (萨尔蒂|基地的), nor the first character of a word after the name
            # (塞德曼|列为) unless a word after names follows (洛里多|日前): the name ended before it.
            word_after = text[at - 1:at + 1] in words() and not text.startswith(WORDS_AFTER_A_NAME, at)
            return end if common_word(text[end:at]) or word_after else at
    return end


def first_part_start(text: str, start: int, limit: int) -> int:
    """Where a name written with · whose first part the tagger cut (专家何|塞·路易斯) begins: a title or
    role up to three Han characters back (not before `limit`, the name before) ends there."""
    for back in range(1, MOST_ADDED_TO_A_FOREIGN_NAME + 1):
        at = start - back
        if at < limit or not "\u4e00" <= text[at] <= "\u9fff" or text[at] in AFTER_NAME:
            break
        # (Not a title that runs on into the name: 法国王|后玛丽·安托瓦内特 is 王后's.)
        if text[max(0, at - TITLE_LONGEST):at].endswith(TITLES_AND_ROLES) and text[at - 1:at + 1] not in words():
            return at
    return start


# A run of Latin letters or digits is one word (DeepSeek, APEC, 2026): a name never starts or ends inside it.
LATIN_WORD = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+")
LATIN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                             "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ０１２３４５６７８９")
# An e-mail address or a slogan joined by + (文化+创意+科技) is no name, whatever the tagger makes of it;
# nor is a web address (tiyuzhengji.people.cn).
NEVER_IN_A_NAME = ("@", "+", "＋")
WEB_ADDRESS = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,}")


def latin_words_whole(text: str, names: list[Entity]) -> list[Entity]:
    """The names with every Latin word they cut taken whole (DeepSee of DeepSeek → DeepSeek, C各委员会
    of APEC各委员会 → APEC各委员会): the tagger reads characters, and a word the text spells in letters
    is one.  A name that cuts a number (26斯 of 2026斯诺克) or holds @, + or a web address is none."""
    latin = LATIN_CHARACTERS.__contains__
    kept: list[Entity] = []
    for name in names:
        start, end = name.start, name.end
        if start > 0 and latin(text[start - 1]) and latin(text[start]):
            start = _latin_word_at(text, start).start()
        if end < len(text) and latin(text[end - 1]) and latin(text[end]):
            end = _latin_word_at(text, end - 1).end()
        cut = [_latin_word_at(text, position).group()
               for position, moved in ((start, start != name.start), (end - 1, end != name.end)) if moved]
        # (Han names are letters: only a name with another character can hold a mark or an address.)
        if any(word.isdigit() for word in cut) or not name.text.isalpha() and (
                any(mark in name.text for mark in NEVER_IN_A_NAME) or WEB_ADDRESS.search(text, start, end)):
            continue
        if cut and kept and start < kept[-1].end:
            continue
        kept.append(Entity(text[start:end], name.type, start, end) if cut else name)
    return kept


def _latin_word_at(text: str, position: int) -> re.Match:
    """The run of Latin letters or digits holding the character at `position`."""
    start = position
    while start > 0 and text[start - 1] in LATIN_CHARACTERS:
        start -= 1
    return LATIN_WORD.match(text, start)


def people_written(text: str, people: list[str]) -> list[Entity]:
    """Where the text writes each of `people` (names of two characters or more)."""
    found = []
    for name in set(people):
        start = text.find(name) if len(name) >= 2 else -1
        while start >= 0:
            found.append(Entity(name, "PER", start, start + len(name)))
            start = text.find(name, start + len(name))
    return found


PAIRS = ("（）", "()", "《》", "“”", "‘’", "【】", "「」")


def cut_across_a_pair(name: str) -> bool:
    """Whether a mention holds half of a pair of brackets or quotes (文艺报》社, 市）党委, 杜苏芮”):
    the tagger cut it across one, and it is no name."""
    # Han characters are letters, brackets and quotes are not: most names need no count.
    return not name.isalpha() and any(name.count(left) != name.count(right) for left, right in PAIRS)


# Russian and Ukrainian towns end in -sk (波克罗夫斯克, 北顿涅茨克), which no common name does.
TOWN_ENDINGS = ("斯克", "茨克")


def towns_named_as_people(text: str, names: list[Entity]) -> list[Entity]:
    """A person named like a Russian or Ukrainian town is that town (the tagger's people end in
    斯基 and 斯克 alike), unless a title stands before it (波兰总理图斯克)."""
    return [Entity(name.text, "LOC", name.start, name.end)
            if name.type == "PER" and name.text.endswith(TOWN_ENDINGS) and not title_ending_at(text, name.start)
            else name for name in names]


def people_after_titles(text: str, names: list[Entity]) -> list[Entity]:
    """A place or organisation written right after a person's title and before what follows a
    name (俄罗斯总统普京表示: jieba lists 普京 as a place) is a person, and so is every other
    mention of it in the text; not after a title that follows its holder (习近平主席喀山会晤)."""
    ends_of_people = {name.end for name in names if name.type == "PER"}
    people = {name.text for name in names if name.type != "PER"
              and name_ends_at(text, name.end)
              and (title := title_ending_at(text, name.start))
              and name.start - len(title) not in ends_of_people}
    if not people:
        return names
    return [Entity(name.text, "PER", name.start, name.end) if name.text in people else name for name in names]


# The longest foreign name `foreign_people_after_titles` reads without a ·.
LONGEST_FOREIGN_NAME = 6


def foreign_people_after_titles(text: str, names: list[Entity]) -> list[Entity]:
    """Foreign people the tagger missed: right after a title (美国国务卿|布林肯表示), a run of the characters
    transliterations are written with, two to six long, up to where a name ends, is a person unless it
    is a common word or a name the lexicon gives another type."""
    taken = [(name.start, name.end) for name in names]
    found = []
    for title in TITLE_WORD.finditer(text):
        start = title.end()
        if text[start:start + 1] in AFTER_NAME or any(first <= start < last for first, last in taken):
            continue
        for end in range(start + 2, min(len(text), start + LONGEST_FOREIGN_NAME) + 1):
            if text[end - 1] in AFTER_NAME or not "\u4e00" <= text[end - 1] <= "\u9fff":
                break
            if name_ends_at(text, end):
                name = text[start:end]
                if (transliterated(name) and not common_word(name) and known_names().get(name, "PER") == "PER"
                        and not any(first < end and start < last for first, last in taken)):
                    found.append(Entity(name, "PER", start, end))
                break
    return found


TITLE_WORD = re.compile("|".join(TITLES_LONGEST_FIRST))


def title_ending_at(text: str, position: int) -> str | None:
    """The longest title word that ends at `position` in `text`."""
    before = text[max(0, position - TITLE_LONGEST):position]
    if not before.endswith(TITLE_WORDS):
        return None
    return next(word for word in TITLES_LONGEST_FIRST if before.endswith(word))


# Talks name each side by a character and 方: 中方, 莫方 (Mozambique's), 双方 (both).
SIDES_IN_TALKS = re.compile(r"中方|双方")


def not_a_name(text: str, entity: Entity) -> bool:
    """What the tagger takes for a name and is not: a person of one character twice (殷殷嘱托),
    one of two characters ending in 方 where the text speaks of sides in talks (中方愿同莫方),
    one that the name of a body or place runs on from (弗迪公司, 古荣村), or one the lexicon does
    not know that a word runs into (从严治党 gave 严治党); an organisation that is the kind of
    body many organisations' names end with (中心, 委员会)."""
    name = entity.text
    if entity.type == "PER":
        if len(name) == 2 and (name[0] == name[1] or name[1] == "方" and SIDES_IN_TALKS.search(text)):
            return True
        if name_runs_on(text, entity.end) or produce(name):
            return True
        return len(name) >= 2 and known_names().get(name) != "PER" and word_across_edge(text, entity.start, entity.end)
    return entity.type == "ORG" and name in kinds_of_body()


# What vegetables, fruit, flowers and trees are called by (西兰花, 哈密瓜, 罗汉果, 白杨树).
PRODUCE_ENDS = frozenset("花菜瓜果树草叶")


def produce(name: str) -> bool:
    """Whether a person is a word of the word list that names a plant or what is grown (西兰花, 杨树):
    jieba lists many as people, and the tagger, trusting it, found 西兰花 at the market.  The people
    of the tagger's training sentences stay people."""
    return name[-1] in PRODUCE_ENDS and name in words() and name not in training_names()


@cache
def training_names() -> frozenset[str]:
    return frozenset(packaged_names("training-names.tsv.gz"))


# After a person: a division (古荣村, 斯泰因州), not its party committee (县委 after a name).
DIVISION_AFTER = re.compile(r"[省市县区州镇乡村](?!委)")
# Bodies a person's name goes before: the Trump administration, 组织 (organise) a verb.
NOT_A_BODY_AFTER_A_NAME = ("政府", "组织")


def name_runs_on(text: str, end: int) -> bool:
    """Whether the name of a body or place runs on from a person ending at `end` (弗迪|公司,
    古荣|村): what follows is the kind of body many organisations' names end with or a
    division, and no title or role (王小明|村长)."""
    if text[end:end + 1] not in first_characters_after_a_name():
        return False
    kinds = kinds_of_body()
    after = text[end:end + longest_kind_of_body()]
    if after.startswith(TITLES_AND_ROLES + NOT_A_BODY_AFTER_A_NAME):
        return False
    return bool(DIVISION_AFTER.match(after)) or any(after[:n] in kinds for n in range(2, len(after) + 1))


def word_across_edge(text: str, start: int, end: int) -> bool:
    """Whether a word of the word list runs into the name from before it (从严|治党) while none
    ends where the name begins (局长|毛盛勇, though 长毛 is a word too)."""
    known = words()
    into = False
    for first in range(max(0, start - 3), start):
        for last in range(start + 1, min(end, first + 4) + 1):
            if text[first:last] in known:
                into = True
                break
    if not into:
        return False
    return not any(text[first:start] in known for first in range(max(0, start - 4), start - 1))


# A body many organisations' names end with (中心, 委员会, 医院) is a kind of body, not one:
# 30 or more of the gazetteer's, the bar `tagger.organisation_ends` sets for characters.
KIND_OF_BODY_ENDS = 30


@cache
def kinds_of_body() -> frozenset[str]:
    ends = Counter(name[-length:] for name, kind in gazetteer().items() if kind == "ORG"
                   for length in range(2, len(name)))
    return frozenset(end for end, count in ends.items() if count >= KIND_OF_BODY_ENDS)


@cache
def longest_kind_of_body() -> int:
    return max(map(len, kinds_of_body()))


@cache
def first_characters_after_a_name() -> frozenset[str]:
    """The characters `name_runs_on` can find after a person: those kinds of body and divisions
    begin with."""
    return frozenset(kind[0] for kind in kinds_of_body()) | frozenset("省市县区州镇乡村")


@cache
def gazetteer() -> dict[str, str]:
    """The packaged gazetteer's names and types (`NER.md`)."""
    return packaged_names("gazetteer.tsv.gz")


@cache
def known_names() -> dict[str, str]:
    """The names the tagger knows (its lexicon's): the gazetteer's, and those of its training
    sentences, whose types win."""
    return gazetteer() | packaged_names("training-names.tsv.gz")


def packaged_names(file: str) -> dict[str, str]:
    lines = gzip.decompress(files("banmian.enrich").joinpath(file).read_bytes()).decode("utf-8")
    return {name: kind for name, _, kind in (line.partition("\t") for line in lines.splitlines()) if kind}


# Characters that start what follows a name (介绍, 说, 表示, 主持 …) or end a clause.
AFTER_NAME = frozenset("说表指强介告认出参带率陪会在是的了和与及等同也都就还对向为从到把被让将已曾正又再并称讲提"
                       "要希建谈来去回看走现作做当这那代感坦透笑则更先首接领视调检考慰宣号召部组发签致给听汇而却所们"
                       "，。、；：！？（）“”《》 ")


def whole_name(text: str, entity: Entity) -> Entity:
    """A person right after a title or role gets the rest of a three-character name back when the
    tagger cut it off (负责人潘智|慧介绍, 负责人潘|智慧介绍 → 潘智慧, 主任委员娄|勤俭作的): the characters cut
    off are not verbs, the one after them is."""
    start, end = entity.start, entity.end
    if entity.type != "PER" or end - start not in (1, 2) or start + 3 >= len(text):
        return entity
    before = text[max(0, start - 4):start]
    if not before.endswith(TITLES_AND_ROLES):
        return entity
    # A person of one character right after a title is a surname, common or not (主任委员娄|勤俭作的).
    rest, after = text[end:start + 3], text[start + 3]
    if all("\u4e00" <= ch <= "\u9fff" and ch not in AFTER_NAME for ch in rest) and after in AFTER_NAME:
        return Entity(text[start:start + 3], "PER", start, start + 3)
    return entity


def rule_names(text: str, groups: list[re.Match]) -> list[Entity]:
    """Numbered roads, companies, and the people in `groups` (LEADERS' matches in `text`)."""
    found = [Entity(m.group(0), "LOC", m.start(), m.end()) for m in ROAD.finditer(text)]
    previous_end = 0
    for form in COMPANY_FORM.finditer(text):
        name = COMPANY_NAME.search(text, max(previous_end, form.start() - COMPANY_NAME_LONGEST), form.start())
        if not name:
            continue
        # The name starts after the last verb before its legal form (有 of 有限责任公司 is none).
        edges = list(COMPANY_LEFT_EDGE.finditer(text, name.start(), form.start()))
        start = edges[-1].end() if edges else name.start()
        found.append(Entity(text[start:form.end()], "ORG", start, form.end()))
        previous_end = form.end()
    common_surnames = surnames()
    for match in groups:
        names = re.split(r"[、和及]", match.group("names"))
        # 市领导联系重点项目 lists nobody: ask for a list, or 等 after one name.
        if len(names) < 2 and text[match.end():match.end() + 1] != "等":
            continue
        offset = match.start("names")
        for name in names:
            if len(name) >= 2 and name[0] in common_surnames:
                found.append(Entity(name, "PER", offset, offset + len(name)))
            offset += len(name) + 1
    return found


def merge(tagged: list[Entity], ruled: list[Entity]) -> list[Entity]:
    """Rule names replace the tagger's names they overlap."""
    if not ruled:
        return tagged
    kept = [e for e in tagged if not any(e.start < r.end and r.start < e.end for r in ruled)]
    return sorted(kept + ruled, key=lambda e: e.start)


def canonical_forms(entities: list[Entity]) -> dict[tuple[str, str], str]:
    """(type, text) → the form the article uses: for a person, the whole name of which it is the
    start (陈敏 → 陈敏仪, `completes`); for an organisation, the longest mention that ends with it
    after a place or body (市人大常委会 → 温岭市人大常委会: `place_or_body`), not one that begins
    with it, which is mostly a body within it
    (联合国 ≠ 联合国日内瓦办事处, 欧盟 ≠ 欧盟委员会).  A place is only the same place with a division
    word after it (温岭 → 温岭市, not 北京 → 北京西站; nor 德里 → 新德里), and then goes by `place_name`,
    the one name every article gives it (浙江 → 浙江省).  A mention cut across punctuation
    (《全国政协) gives its form to no other.  A foreign name's last part is the name written whole
    (黑林 → 福尔克·黑林), and a surname the one person of that surname, where the article has one."""
    forms: dict[tuple[str, str], str] = {}
    # Longest first; among names as long, in character order, so that the form picked does
    # not hang on the order of a set (朝阳 → 朝阳区 rather than 朝阳县, every run): each
    # beginning (and organisation ending) of two characters or more is claimed by the first
    # name in this order that has it.
    longer: dict[tuple[str, str], str] = {}
    written = Counter(e.text for e in entities if e.type == "PER")
    named = {e.text for e in entities if e.type != "PER"}
    mentioned = {(e.type, e.text) for e in entities}
    for kind, text in sorted(mentioned, key=lambda k: (-len(k[1]), k[1])):
        form = longer.get((kind, text), text)
        # A short name the table knows is that place whatever the article (海南 is 海南省, even
        # beside a 海南区); the others take the article's longer form.
        forms[(kind, text)] = place_name(text if text in division_names() else form) if kind == "LOC" else form
        if not NAME_CHARACTERS.fullmatch(text):
            continue
        # Only the article's own names are looked up in `longer`: the others need no claim.
        for end in range(2, len(text)):
            start = (kind, text[:end])
            if start in mentioned and (kind == "LOC" and DIVISION.fullmatch(text, end)
                                       or kind == "PER" and completes(text[:end], text, written)):
                longer.setdefault(start, text)
            ending = (kind, text[-end:])
            if kind == "ORG" and ending in mentioned and place_or_body(text[:-end], named):
                longer.setdefault(ending, text)
    # A padded name (王 正) goes by its characters (王正), as a byline's does.
    for kind, text in forms:
        if PADDING.search(text):
            bare = PADDING.sub("", text)
            forms[(kind, text)] = forms.get((kind, bare), place_name(bare) if kind == "LOC" else bare)
    # A foreign name's last part (黑林) is the article's one person written whole with it (福尔克·黑林);
    # not after a dynasty's one character (唐·殷尧藩 heads a poem).
    written_whole: dict[str, set[str]] = {}
    for kind, name in forms:
        if kind != "PER" or "·" not in name:
            continue
        for at, character in enumerate(name):
            if character == "·" and at >= 2:
                written_whole.setdefault(name[at + 1:], set()).add(name)
    for (kind, text), form in forms.items():
        if kind == "PER" and form == text and len(whole := written_whole.get(text, ())) == 1:
            forms[(kind, text)] = forms[("PER", next(iter(whole)))]
    # A surname alone or with an honorific (王书记 or 王先生 after 市委书记王小明) is the article's
    # one person of that surname.
    for (kind, text), form in forms.items():
        if kind == "PER" and anonymous(text):
            people = {other for (k, other) in forms if k == "PER" and other[0] == text[0] and not anonymous(other)
                      and len(other) <= CHINESE_NAME_LENGTH}
            if len(people) == 1:
                forms[(kind, text)] = people.pop()
    return forms


NAME_CHARACTERS = re.compile(r"[\u4e00-\u9fff·A-Za-z0-9]+")
# Surname + given name: longer Chinese names (欧阳娜娜) are too few to read a verb into (张桂梅站).
CHINESE_NAME_LENGTH = 3
# What follows a surname where a person is not named: 李女士, 王某, 张先生, 刘师傅.
HONORIFICS = ("某", "某某", "先生", "女士", "小姐", "师傅", "老师", "阿姨", "大爷", "大妈", "大姐", "大哥", "老汉")


# Levels of government, which name a body as a place does (全国政协, 中央统战部, 市人大常委会).
LEVELS = frozenset(("全国", "中央", "国家", "省", "市", "县", "区", "镇", "乡"))


def place_or_body(name: str, named: set[str]) -> bool:
    """Whether `name` is a place, a level of government or an organisation, the lexicon's or one
    of `named` (the article's): what may come before an organisation in its longer name (俄罗斯 +
    国防部, 全国 + 政协; not 农业 + 合作委员会, 十三届 + 全国人大, nor a kind of body: 中心 + 南京大学)."""
    return (name in LEVELS or name in named
            or known_names().get(name, "PER") != "PER" and name not in kinds_of_body())


def completes(short: str, name: str, written: Counter) -> bool:
    """Whether `name`, a longer person of the article, is the whole name `short` was cut from:
    one written in parts (迪丽努尔 → 迪丽努尔·吐尔逊江), a foreign one (扎哈罗 → 扎哈罗娃), or a
    Chinese one (a common surname first) of three characters at most (陈敏 → 陈敏仪, not
    张桂梅 → 张桂梅站, 王臣 → 王臣师傅) written at least as often as `short` (`written`: the article's
    people's mentions; 王臣 forty times and 王臣仰 once is a slip of the tagger); unless the lexicon
    knows it, not when the characters added start what follows a name (李康 → 李康正, 正在)."""
    if "·" in name[len(short):]:
        return True
    if short[0] in surnames() and (len(name) > CHINESE_NAME_LENGTH or written[name] < written[short]):
        return False
    return name[len(short)] not in AFTER_NAME or known_names().get(name) == "PER"


def anonymous(name: str) -> bool:
    """A surname alone (李) or with an honorific (李女士, 王某): no one person."""
    return len(name) == 1 or name[0] in surnames() and name[1:] in HONORIFICS


# What follows a place's name in the name of its division: 温岭|市, 广西|壮族自治区, 香港|特别行政区.
DIVISION = re.compile(r"(?:[\u4e00-\u9fff]{0,3}族|维吾尔)?自治(?:区|州|县|旗)|特别行政区|[省市县区州盟旗镇乡村]")
PROVINCE_WORD = re.compile(r"(?:[\u4e00-\u9fff]{0,3}族|维吾尔)?自治区|特别行政区|省")
# China's provinces, by the names whose short form (浙江, 广西, 内蒙古) stands for them.


# Countries whose capital is the country's name and 市 (墨西哥 / 墨西哥市): the name alone is the country.
COUNTRIES_NAMING_A_CITY = frozenset(("墨西哥", "科威特", "危地马拉", "巴拿马", "卢森堡", "新加坡", "摩纳哥"))
# One-character short names that stand for one country or city where an article's place of one
# character is one (`short_place_names`: 中美, 访华, 日方, 在京, 沪深).  Not 巴, 澳, 新, 吉, 蒙, 乌 (each
# stands for several), nor 印, 津 (中津 is China and Zimbabwe).
ONE_CHARACTER_PLACES = {"中": "中国", "华": "中国", "美": "美国", "俄": "俄罗斯", "英": "英国", "德": "德国",
                        "朝": "朝鲜", "京": "北京市", "沪": "上海市", "日": "日本", "韩": "韩国", "柬": "柬埔寨",
                        "港": "香港特别行政区", "台": "台湾省"}
# Places of one character that pair with another such (中美, 日韩, 港澳台, 印巴, 京津冀, 中、阿).
PAIRED_SHORT_NAMES = frozenset("中美俄英德法意日韩朝印巴澳蒙越柬泰缅菲乌欧非港台京津冀沪")
# Two short names' characters that make a word of their own (传统美德).
NOT_A_PAIR = frozenset(("美德",))
# What follows a short name (日方, 美军, 韩媒, 台胞, 俄总统) and what goes before one (访华, 赴港, 在京, 对美,
# 抗日).
AFTER_A_SHORT_NAME = ("方", "军", "媒", "企", "籍", "侨", "胞", "商", "资", "总统", "总理", "首相", "外长", "外相",
                      "政府", "国防", "驻", "两国", "关系", "双边", "元首", "领导人", "官员", "议员")
CHINA_AND_ABROAD = "中外"  # 中外记者, 中外嘉宾: a word, and China in it
BEFORE_A_SHORT_NAME = frozenset("访赴来在驻抵离返对涉援抗旅留侵")
# Short names the tagger takes as often from a word or a name (往日, 冬至日, 韩正, 台风, 洛杉矶港): places
# only beside what marks a short name.
CONTEXT_ONLY_SHORT_NAMES = frozenset("日韩港台")
# Set phrases the word list lacks that hold a short name's character (各美其美, 和美乡村).
SET_PHRASES = frozenset(("各美其美", "美美与共", "和美"))


def place_name(name: str) -> str:
    """The one name a place goes by across articles: a province's full name for its short name
    or an old form (浙江, 新疆自治区 → 新疆维吾尔自治区); a city written without 市 gets it (温岭 →
    温岭市) when the gazetteer has the city and no district of that name (朝阳市 and 朝阳区 are
    two places: the name stays as written) and the name is not a mountain's (峨眉山); a country's or
    city's one-character short name its name (中 → 中国, 京 → 北京市: `ONE_CHARACTER_PLACES`)."""
    return division_names().get(name, name)


@cache
def division_names() -> dict[str, str]:
    """`place_name`'s table: short or old name → the name a place goes by."""
    places = {name for name, kind in gazetteer().items() if kind == "LOC"}
    table = {}
    for place in places:
        # (广州, 恩施州: a place ending in 州 may be a city's short name.)
        if len(place) < 2 or place[-1] in "省市县区盟旗镇乡村":
            continue
        # 区 and 县 after a lake, a sea or a region are mostly areas (西湖区, 东海县, 亚洲区): cities only.
        # A mountain is more often itself than the city named after it (峨眉山, 井冈山, 武夷山): the
        # article that means the city writes 峨眉山市.
        if (place + "市" in places and place + "区" not in places and place not in COUNTRIES_NAMING_A_CITY
                and not place.endswith("山")):
            table[place] = place + "市"
    for province in PROVINCES:
        short = province[:2] if province[:3] not in ("黑龙江", "内蒙古") else province[:3]
        table[short] = province
        for written in places:
            if written.startswith(short) and PROVINCE_WORD.fullmatch(written, len(short)):
                table[written] = province
        table.pop(province, None)
    return table | ONE_CHARACTER_PLACES


def title_before(text: str, start: int, names: list[Entity] = ()) -> tuple[str | None, str | None]:
    """The title (市政协主席) or role (负责人) written just before a person's name; of a chain of
    titles (中共中央总书记、国家主席、中央军委主席习近平) each, joined by 、 as written.  A place or
    organisation of `names` (the article's) is not cut by an edge word (和平区区长, not 平区区长)."""
    # The officials listed under a report put layout spaces between title and name (宣传部部长 吴学榕).
    spaced = text[max(0, start - MOST_SPACES_AFTER_A_TITLE):start]
    start -= len(spaced) - len(spaced.rstrip(LAYOUT_SPACES))
    before = text[max(0, start - TITLE_REACH):start]
    # Titles and roles are all Han, so the text before ends with one just where its last
    # run of Han characters does: most names have none, and skip the split.
    if not before.endswith(TITLES_AND_ROLES):
        return None, None
    before = NOT_HAN.split(before)[-1]
    role = next((word for word in ROLES_LONGEST_FIRST if before.endswith(word)), None)
    if role and not before.endswith(TITLES_ENDING_IN_ROLE[role]):
        rank = next((rank for rank in ROLE_RANKS if before.endswith(rank + role)), "")
        return None, rank + role
    titles = []
    while title := title_ending_at_edge(text, start, names):
        titles.append(title)
        # A title cut at a verb (会见了|中共中央总书记) or at the reach begins the chain.
        first = start - len(title)
        if text[first - 1:first] != "、":
            break
        start = first - 1
    return "、".join(reversed(titles)) or None, None


def title_ending_at_edge(text: str, end: int, names: list[Entity]) -> str | None:
    """The title ending at `end`, from the edge word before it (会见了|市政协主席) or where its run
    of Han characters or `TITLE_REACH` begins."""
    before = NOT_HAN.split(text[max(0, end - TITLE_REACH):end])[-1]
    word = next((word for word in TITLES_LONGEST_FIRST if before.endswith(word)), None)
    if word is None:
        return None
    offset = end - len(before)
    edges = [edge for edge in TITLE_LEFT_EDGE.finditer(before[: -len(word)])
             if not inside_a_name(offset + edge.start(), names) and not joins_a_bodys_name(before, edge)]
    return before[edges[-1].end() if edges else 0:]


# What a body's name ends with before its officer's title (转型部|部长, 研究中心|主任, 改革委员会|主任).
BODY_END = re.compile(r"部|委员会|委|中心|局|厅|署|院|所|办公室|协会|学会|组织")


def joins_a_bodys_name(before: str, edge: re.Match) -> bool:
    """Whether a 和, 及 or 与 before a title joins two words of a body's name (能源及水务转型部部长,
    发展和改革委员会主任, 战略与国际问题研究中心主任) rather than two people or titles (张三与外交部部长,
    市长及副市长): a common word before it, no title or role, and a body's name after it."""
    if edge.group() not in ("和", "及", "与"):
        return False
    word = before[max(0, edge.start() - 2):edge.start()]
    return (word in words() and word not in known_names() and not word.endswith(TITLES_AND_ROLES)
            and bool(BODY_END.search(before, edge.end())))


def title_after(text: str, name: Entity) -> str | None:
    """The title written right after a person's name, the respectful form of the news (习近平总书记,
    李强总理): the title word alone, not a word of the word list it begins (主席台, 委员会, 书记处),
    nor a title the person's aide holds (`NOT_AFTER_A_NAME`), nor one quoted with the name: that
    is the name of a ship or a nickname (“伊丽莎白女王”号, “雷锋所长”刘鹏)."""
    after = text[name.end:name.end + TITLE_LONGEST]
    word = next((word for word in TITLES_LONGEST_FIRST if after.startswith(word)), None)
    if word is None or word in NOT_AFTER_A_NAME:
        return None
    known = words()
    title_end = name.end + len(word)
    if any(text[name.end:title_end + more] in known for more in range(1, LONGEST_RUN_PAST_A_TITLE + 1)):
        return None
    if text[name.start - 1:name.start] in OPENING_QUOTES and text[title_end:title_end + 1] in CLOSING_QUOTES:
        return None
    return word


def inside_a_name(position: int, names: list[Entity]) -> bool:
    return any(name.type != "PER" and name.start <= position < name.end for name in names)


def group_of(groups: list[re.Match], entity: Entity) -> str | None:
    for match in groups:
        if match.start("names") <= entity.start < match.end("names"):
            return match.group("group")
    return None


def article_entities(text: str) -> list[EntityMention]:
    """The names in one article's text, each with its canonical form, title, role and group."""
    return texts_entities([text])[0]


def texts_entities(texts: list[str], people: list[list[str]] | None = None) -> list[list[EntityMention]]:
    """`article_entities` of each text (a page's articles), the tagger run once over them all;
    `people`, each text's byline names, are read as people where the text writes them (本报讯（记者
    杨帆 实习生钱小雨）: no name is cut from them) and then left out: they wrote the story and are not
    in its news, as when the byline stands on a line of its own, outside the text."""
    found = names_and_groups(texts, people)
    return [[mention for mention in mentions_of(text, names, groups)
             if mention.type != "PER" or mention.canonical not in writers]
            for text, (names, groups), writers in zip(texts, found, map(set, people or [[] for _ in texts]),
                                                      strict=True)]


def mentions_of(text: str, entities: list[Entity], groups: list[re.Match]) -> list[EntityMention]:
    """The names found in one article's text, each with its canonical form, title, role and
    group (of `groups`, LEADERS' matches in the text); not a person the article names by surname
    alone (李女士, 王某: `anonymous`), whom nobody could tell from others of that surname, nor
    a common word (乐曲) taken for a person that the article gives no title, role or group."""
    entities = short_place_names(text, entities)
    forms = canonical_forms(entities)
    mentions = []
    for entity in entities:
        if entity.type == "PER" and anonymous(forms[(entity.type, entity.text)]):
            continue
        title = role = group = None
        if entity.type == "PER":
            title, role = title_before(text, entity.start, entities)
            # A common word before a title is mostly a body (文联主席): the title is not its.
            if title is None and not common_word(entity.text):
                title = title_after(text, entity)
            group = group_of(groups, entity)
        mentions.append(EntityMention(entity.text, entity.type, entity.start, entity.end,
                                      forms[(entity.type, entity.text)], title, role, group))
    introduced = {m.canonical for m in mentions if m.title or m.role or m.group}
    return [m for m in mentions if m.type != "PER" or m.canonical in introduced or not common_word(m.text)]


def short_place_names(text: str, entities: list[Entity]) -> list[Entity]:
    """The places written by one character each, where they are (`short_place_name`): a pair of
    them, each one place (`ONE_CHARACTER_PLACES`), is two places (中日 → 中 + 日, 中日韩 → three; not 中华,
    whose 华 is China again, nor 美德; 中欧 and 京津冀 stay as written)."""
    found = []
    for entity in entities:
        if entity.type != "LOC" or len(entity.text) > 3:
            found.append(entity)
        elif len(entity.text) == 1:
            if short_place_name(text, entity.start):
                found.append(entity)
        elif all(c in ONE_CHARACTER_PLACES for c in entity.text) and all(
                paired(entity.text, k, k + 1) for k in range(len(entity.text) - 1)):
            found.extend(Entity(c, "LOC", entity.start + k, entity.start + k + 1) for k, c in enumerate(entity.text))
        else:
            found.append(entity)
    return found


def short_place_name(text: str, at: int) -> bool:
    """Whether the one character at `at` that the tagger takes for a place is a place's short name:
    paired with another (中美, 港澳台, 中、阿), before what follows one (日方, 俄总统) or after what goes
    before one (访华, 在京); else, for 日, 韩, 港 and 台, no (往日, 冬至日, 韩正, 台风, 洛杉矶港), and for
    the others, unless it is inside a word (中央, 美感, 各美其美, 和美乡村)."""
    character = text[at]
    if (paired(text, at, at - 1) or paired(text, at, at + 1) or text.startswith(AFTER_A_SHORT_NAME, at + 1)
            or text.startswith(CHINA_AND_ABROAD, at)):
        return True
    if text[at - 1:at] in BEFORE_A_SHORT_NAME and at > 0 and (
            character not in CONTEXT_ONLY_SHORT_NAMES or text[at:at + 2] not in words()):
        return True
    return character not in CONTEXT_ONLY_SHORT_NAMES and not inside_a_word(text, at)


# Common words the gazetteer lists as places (jieba's ns, jionlp's counties by short name: 富裕, 新兴)
# and the tagger, trusting it, found in dev news (300 articles, seed 22, session 22): 建设美丽中国,
# 海上问题, 共同富裕, 太阳能.  To go into the gazetteer's hand lists when it is next regenerated.
COMMON_WORDS_LISTED_AS_PLACES = frozenset(
    "美丽 美容 美容店 黄马 海上 法治化 保鲜 防沙 治沙 治国 攀岩 富裕 新春 串联 多角度 咸水 法典 中度 英雄 新兴 "
    "立马 卫国 长度 太阳 法西斯".split())
# China's and Beijing's short names, which the tagger's training text labels places inside words (中医,
# 京剧, 华人): `tag` keeps them there, as the articles' entities do not.
CHINA_INSIDE_WORDS = frozenset("中华京")


def tagged_place_of_one_character(text: str, at: int, others: set[int]) -> bool:
    """Whether `tag` keeps a place of one character the tagger found at `at`: a short name where it is
    one (`short_place_name`), beside another such place (青藏, 黄淮), or China's (中医, 华人); not the
    美 of 美丽 or 美食, the 日 of 烈日, the 东 of 东北."""
    return (at - 1 in others or at + 1 in others or text[at] in CHINA_INSIDE_WORDS
            or short_place_name(text, at))


def paired(text: str, at: int, other: int) -> bool:
    """Whether the characters at `at` and `other` (or, across a 、, the one past it) are two places'
    short names side by side (中美, 日韩, 美英, 中、阿; not 美德, nor 中华: 华 is China again)."""
    if text[other:other + 1] == "、":
        other += other - at
    if not 0 <= other < len(text) or text[other] not in PAIRED_SHORT_NAMES or text[at] not in PAIRED_SHORT_NAMES:
        return False
    pair = text[min(at, other)] + text[max(at, other)]
    same = ONE_CHARACTER_PLACES.get(pair[0], pair[0]) == ONE_CHARACTER_PLACES.get(pair[1], pair[1])
    return not same and pair not in NOT_A_PAIR


def inside_a_word(text: str, at: int) -> bool:
    """Whether a word of the word list, or a set phrase it lacks, holds the character at `at` with
    its neighbours."""
    known = words()
    return any(text[start:end] in known or text[start:end] in SET_PHRASES
               for start in range(max(0, at - 3), at + 1)
               for end in range(max(at + 1, start + 2), min(len(text), start + 4) + 1))


def common_word(name: str) -> bool:
    """Whether `name` is a word of the word list that the lexicon knows no name by (乐曲, 封建,
    芦苇: jieba lists them, and not as names)."""
    return name in words() and name not in known_names()
