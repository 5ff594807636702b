"""Quantities: a number, its unit, and what it counts where the text says.

`总投资约2.2亿元` → 220000000 CNY, approximate, counting 总投资;
`收回调查问卷2452份` → 2452 份 of 调查问卷; `三千余人` → 3000 人, approximate.
"""

from __future__ import annotations

import re

from banmian.model import Quantity

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3, "百": 100}

# Currency units and what they are normalised to.
MONEY = {"元": "CNY", "块": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "港元": "HKD"}
# A currency named before the amount (新台币3亿元, 港币500元, 卢布300万): the amount is in it, not in yuan.
CURRENCIES_BEFORE = {"新台币": "TWD", "台币": "TWD", "港币": "HKD", "澳门币": "MOP", "日元": "JPY", "日圆": "JPY",
                     "韩元": "KRW", "美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "卢布": "RUB",
                     "人民币": "CNY"}
# Units written two ways, by the name the other way gives (500千克 is 500 公斤, not 500,000 克).
SAME_UNITS = {"千克": "公斤", "千米": "公里", "平方千米": "平方公里"}
PERCENT = {"%": "%", "％": "%", "个百分点": "percentage point"}
# Units that count things: what follows them is the thing counted (2452份问卷).
CLASSIFIERS = ("个", "只", "份", "名", "位", "家", "辆", "台", "件", "项", "场", "所", "座", "条", "套",
               "间", "张", "本", "册", "篇", "棵", "株", "头", "批", "户", "次", "处", "枚", "架", "艘",
               "起", "人次", "人", "支", "把", "盏", "块", "根", "部", "栋", "幢", "种", "类", "份", "例", "方面")
# Units that are what they count (4部门联合印发, 3乡5镇, 比赛打满5局, 建党100周年): what is counted is read
# before them, as for a measure.
COUNTED_NOUNS = ("部门", "乡镇", "乡", "镇", "局", "周年")
MEASURES = ("摄氏度", "℃", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "万千瓦", "千瓦", "兆瓦", "公里", "千米",
            "公斤", "千克", "公顷", "厘米", "毫米", "米", "亩", "吨", "斤", "克", "岁", "小时", "分钟", "秒", "天", "倍",
            "度", "标箱", "个月", "兆帕", "千帕")
# Hours counted with 个 (7个小时, 1个半小时): in hours, the 半 a half more.
HOURS_WITH_GE = {"个小时": 0, "个半小时": 0.5}
# 年 is a unit only after 多 or 余 (20多年, 40多亿年): else it is a year (2024年) or a term's (三年规划).
YEARS = "年"
UNITS = sorted(set(MONEY) | set(PERCENT) | set(CLASSIFIERS) | set(MEASURES) | set(HOURS_WITH_GE) | {YEARS}
               | set(COUNTED_NOUNS),
               key=len, reverse=True)

_NUMBER = (r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
           r"|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
PATTERN = re.compile(
    r"(?=[约近逾超将大上0-9０-９零〇一二两三四五六七八九十百千万亿])"  # where a quantity can begin: skip the rest fast
    # Not inside a number (the 5 of 1.5 or of 1,500, the 七 of 十七, the 十万 of 几十万), nor an ordinal
    # (第3个, 第十七次);
    # after a comma that ends a clause (今年，3000人) it starts.
    r"(?<![0-9０-９.．第])(?<![0-9０-９][,，])"
    r"(?![零〇一二两三四五六七八九十百千万亿](?<=[几数零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿]))"
    r"(?P<before>约|近|逾|超过|超|将近|大约|上)?"
    rf"(?P<number>{_NUMBER})"
    r"(?P<more_than>余|多)?"  # 3000余万元, 300多万人: the commonest way a round sum is written
    r"(?P<magnitude>万亿|千万|百万|亿|万|千(?![克米瓦])|百)?"  # 5千克, 2千米, 5千瓦 are units
    r"(?P<more>余|多)?"
    rf"(?P<unit>{'|'.join(map(re.escape, UNITS))})"
    r"(?P<after>左右|以上|以下)?"
)
TEMPERATURES = ("摄氏度", "℃", "度")
# Words that begin like a count: 四处奔走, 二次创作, 三次产业.
_IN_A_WORD = re.compile(r"四处(?:奔|寻|找|打听|求|张望|游|流|借|碰|搜|走|跑)|二次(?:元|创作|开发|利用|污染|供水|加工|分配)"
                        r"|三次产业")
# A body's session is named by its term and its number (十五届三次全会, 十四届全国人大二次会议,
# 中央纪委三次全会): an ordinal, as 第三次 is; 召开3次会议 counts.
_SESSION_AFTER = re.compile(r"全会|全委会|全体会议|会议")
_SESSION_BEFORE = ("届", "人大", "纪委", "政协", "国会", "党代会")
BELOW_ZERO = ("零下", "-", "−", "－")
# A magnitude written alone is a number only with a word of more or about (百余名, 近千家, 上百台, 超万家):
# alone it is part of a word (百家争鸣, 千家万户).
MAGNITUDE_ALONE = frozenset("百千万")
# A number right after an opening quote or title mark that closes within the clause begins a name
# (“四个意识”, “15分钟志愿服务圈”, 《九台贡米品牌规范》), not a count.
NAME_OPENS = {"“": "”", "「": "」", "《": "》", "‘": "’"}
NAME_CLOSES_WITHIN = re.compile(r"[^，。；！？,;!?“”「」《》]{0,20}?[”」》’]")
# The traditional forms (Hong Kong, Taiwan, Macau papers) of the characters the patterns and
# word lists here read, one for one, so a match in the folded text has the printed text's offsets.
_TRADITIONAL, _SIMPLIFIED = ("萬億兩點餘約將過個隻輛臺項場條間張冊頭戶處盞塊棟種類攝時鐘頃畝噸歲標歐鎊飆減計達總為還從淨幣韓盧門圓",
                             "万亿两点余约将过个只辆台项场条间张册头户处盏块栋种类摄时钟顷亩吨岁标欧镑飙减计达总为还从净币韩卢门圆")
TRADITIONAL = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# Looked for first: translating every simplified page would double this stage's time.
ANY_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")
NARROW_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
THOUSANDS = re.compile(r"[0-9０-９]{1,3}([,，][0-9０-９]{3})+([.．][0-9０-９]+)?")
DIGIT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十]")
NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
# Words between the thing counted and its number (锥桶共2300只, 总投资约2.2亿元).
LINKS = ("飙升至", "上升至", "下降至", "提高到", "提高至", "升至", "降至", "增至", "减至",
         "共计", "累计", "达到", "超过", "总计", "合计", "共", "达", "为", "约", "近", "逾", "计", "超", "至", "到",
         "各", "突破", "历经", "长达", "有着")  # 编织袋各1500条
# Adverbs and times between what is counted and its number (自动化率目前已达60%, 平均人工成本约为每天220元).
ADVERBS = ("已经", "目前", "分别", "共同", "同时", "首次", "原本", "全面", "陆续", "先后", "相继", "正式", "已", "均",
           "仍", "又", "再", "仅", "整整", "光荣")
TIMES = ("今年", "去年", "上年", "当年", "全年", "当天", "每天", "每年", "每月", "每日", "每人", "每孩",
         "年前")  # 今年前5个月
# Verbs whose object is the number (造成3人死亡, 出台10项措施): nothing before them is counted.
VERBS_BEFORE_A_NUMBER = frozenset(("造成", "导致", "出台", "推出", "发布", "吸引", "带动", "涌现"))
# What follows the thing counted after its classifier (32个成员单位协同推进, 300余栋徽派建筑构成).
# 600 dev articles (seed 2323, session 23) showed the verbs after the first few.
STOPS_AFTER = frozenset(ADVERBS) | frozenset("协同 构成 组成 参加 参与 出席 实现 完成 获得 通过 入驻 落户 集中 "
                                             "受伤 死亡 遇难 成为 进行 开展 参赛 亮相 全覆盖 打通 参会 升级 加盟 "
                                             "实施 作出 做出 命名 确认 签约 之一 投入 建设 提供 推出 发布 受损 回到 "
                                             "联动 授权 齐聚 汇聚 聚集 入选 获批 上榜 签署 发生".split())
# Where, not what, after the thing counted (1826部影片中, 园区内): read before the words (影片|中层|层筛选 had
# run on), but for the nouns that begin with one (融媒体中心).
PLACE_AFTER = frozenset("中内上里外")
NOUNS_BEGINNING_WITH_A_PLACE = frozenset(("中心", "中学", "内容", "外资", "外贸"))
# Characters that end a noun (执法指导组, 安置点, 十八条巷): kept at the end of what is counted.
NOUN_SUFFIXES = frozenset("组点站园区所队厂村馆室库线巷港场店局处团户圈网号舰车船桥路率量额值费")
# Units of area, length, weight and volume: a noun right after them is what they measure (12万亩树木).
THINGS_MEASURED = frozenset(("平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米", "厘米", "毫米",
                             "公斤", "千克", "吨", "斤", "克", "亩", "公顷", "标箱"))
AFTER_REACH, AFTER_LONGEST = 12, 8
LOOKBACK = 8
NOUN_PREFIXES = set("总全新净年月日")
FUNCTION_CHARS = set("了的可将已也还就都把被在是有从到等及与和或以")


def chinese_value(text: str) -> float | None:
    """三千五百万 → 35000000; 二点五 → 2.5; None if the characters make no number."""
    whole, _, fraction = text.partition("点")
    total, section, digit = 0, 0, None
    for char in whole:
        if char in CHINESE_DIGITS:
            if digit is not None:
                return None  # two digits in a row (一二) is not a number
            digit = CHINESE_DIGITS[char]
        elif char in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit = None
        elif char in BIG_UNITS:
            # 万 alone (超万家) is ten thousand, as 百 alone is a hundred.
            total = ((total + section + (digit or 0)) or 1) * BIG_UNITS[char]
            section, digit = 0, None
    value = float(total + section + (digit or 0))
    if fraction:
        value += float("0." + "".join(str(CHINESE_DIGITS[c]) for c in fraction))
    return value


def number_value(text: str) -> float | None:
    plain = text.translate(NARROW_DIGITS).replace(",", "").replace("，", "")
    if plain.replace(".", "", 1).isdigit():
        return float(plain)
    return chinese_value(text)


def find_quantities(text: str, words: frozenset[str] | None = None) -> list[Quantity]:
    if words is None:
        from banmian.rebuild.lexicon import words as packaged_words

        words = packaged_words()
    printed = text
    if ANY_TRADITIONAL.search(text):
        text = text.translate(TRADITIONAL)
    found = []
    for match in PATTERN.finditer(text):
        number = match.group("number")
        if number in ("一", "两") and not match.group("magnitude"):
            continue  # 一个, 一次, 两项: phrasing more than counting
        if "," in number or "，" in number:
            if not THOUSANDS.fullmatch(number):
                continue  # 3，5个 is a list, not a thousands separator
        if not (DIGIT.search(number) or magnitude_alone(match)) or not number.strip("零〇"):
            continue  # 万亩花海, 百家: a magnitude word, no number; 零部件, 零起点: a word
        if _IN_A_WORD.match(text, match.start()) or session_name(text, match) or opens_a_name(text, match):
            continue
        if match.group("unit") == YEARS and not (match.group("more_than") or match.group("more")):
            continue
        if match.group("unit") == "局" and names_a_bureau(text, match.end()):
            continue
        value = number_value(number)
        if value is None:
            continue
        unit = match.group("unit")
        value *= MAGNITUDES.get(match.group("magnitude") or "", 1)
        if unit in HOURS_WITH_GE:
            value, unit = value + HOURS_WITH_GE[unit], "小时"
        currency = currency_before(text, match.start())
        counted_before = match.start() - len(currency or "")
        if unit in MONEY:
            unit = CURRENCIES_BEFORE[currency] if currency and MONEY[unit] == "CNY" else MONEY[unit]
        elif unit in PERCENT:
            unit = PERCENT[unit]
        unit = SAME_UNITS.get(unit, unit)
        approximate = bool(match.group("before") or match.group("more_than") or match.group("more")
                           or match.group("after"))
        value = round(value, 6)  # 2.2 × 10^8 is 220000000.00000003 in floating point
        value = int(value) if value == int(value) else value
        start = match.start()
        below = _below_zero(text, match)
        if below:
            start, value = start - len(below), -value
        counts = as_printed(counted(text, match, words, counted_before), text, printed, match)
        first = range_first(text, match, words)
        if first:
            first_value = round(first[2] * MAGNITUDES.get(match.group("magnitude") or "", 1), 6)
            found.append(Quantity(printed[first[0]:first[1]], first[0], first[1],
                                  int(first_value) if first_value == int(first_value) else first_value,
                                  unit, counts, approximate))
        found.append(Quantity(printed[start:match.end()], start, match.end(), value, unit, counts, approximate))
    unitless = amounts_without_unit(text, printed, found, words)
    return sorted(found + unitless, key=lambda q: q.start) if unitless else found


# The first number of a range (100至200元, 1到2个月, 3—5万元), read back from the range's mark before the second.
RANGE_FIRST = re.compile(rf"(?<![0-9０-９.．第])(?P<number>{_NUMBER})(?:至|到|—|－|-|～|~)$")


def range_first(text: str, match: re.Match, words: frozenset[str]) -> tuple[int, int, float] | None:
    """The first number of a range whose second is `match`'s: its start, end and value, the magnitude
    of the second left to the caller (3—5万元 is 30,000 to 50,000).  Written as the second is, in digits or
    in Chinese numerals, and not the end of a word (统一到三个 holds no 1)."""
    position = match.start()
    first = RANGE_FIRST.search(text, max(0, position - 24), position)
    if not first or first.group("number")[0].isdigit() != match.group("number")[0].isdigit():
        return None
    start = first.start()
    if not first.group("number")[0].isdigit() and text[start - 1:start + 1] in words:
        return None
    value = number_value(first.group("number"))
    return (start, first.end("number"), value) if value is not None else None


# What follows games counted (5局3胜, 连赢两局后, 打满五局。): a bureau's number is followed by the rest of
# its name (中铁二十局集团, 中铁二十局安哥拉国际公司).
AFTER_GAMES = frozenset("后的比中就都也还才")


def names_a_bureau(text: str, end: int) -> bool:
    """Whether a number of 局 ending at `end` is part of a bureau's name rather than a count of games."""
    return end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in AFTER_GAMES


def magnitude_alone(match: re.Match) -> bool:
    return match.group("number") in MAGNITUDE_ALONE and bool(
        match.group("before") or match.group("more_than") or match.group("more"))


def opens_a_name(text: str, match: re.Match) -> bool:
    """Whether the quantity is the first word of a quoted or titled name (“四个意识”)."""
    opening = text[match.start() - 1:match.start()]
    closing = NAME_OPENS.get(opening)
    found = closing and NAME_CLOSES_WITHIN.match(text, match.end())
    return bool(found) and found.group().endswith(closing)


def currency_before(text: str, position: int) -> str | None:
    """The currency named right before `position` (新台币|3亿元), if any."""
    return next((name for name in CURRENCIES_BEFORE if text.endswith(name, 0, position)), None)


# A magnitude is asked for: 美元兑人民币7.1 is a rate.
CURRENCY_AMOUNT = re.compile(rf"(?:{'|'.join(CURRENCIES_BEFORE)})(?P<number>{_NUMBER})(?P<magnitude>万亿|亿|万)")


def amounts_without_unit(text: str, printed: str, found: list[Quantity], words: frozenset[str]) -> list[Quantity]:
    """Amounts a currency named before gives their unit to (卢布300万): no 元 follows, a 万 or 亿 does."""
    amounts = []
    for match in CURRENCY_AMOUNT.finditer(text):
        start, end = match.start("number"), match.end()
        value = number_value(match.group("number"))
        if value is None or any(q.start < end and start < q.end for q in found):
            continue
        value = round(value * MAGNITUDES[match.group("magnitude")], 6)
        currency = CURRENCIES_BEFORE[match.group()[:start - match.start()]]
        counts = as_printed(noun_before(text[max(0, match.start() - LOOKBACK):match.start()], words),
                            text, printed, match)
        amounts.append(Quantity(printed[start:end], start, end, int(value) if value == int(value) else value,
                                currency, counts, False))
    return amounts


def session_name(text: str, match: re.Match) -> bool:
    """Whether a count of 次 is the number of a session in its name: before 全会 (三次全会) always,
    before 会议 after a term or a body (十五届三次, 人大五次)."""
    if match.group("unit") != "次" or match.group("magnitude") or match.group("before"):
        return False
    meeting = _SESSION_AFTER.match(text, match.end())
    return bool(meeting) and (meeting.group() == "全会" or text.endswith(_SESSION_BEFORE, 0, match.start()))


def as_printed(phrase: str | None, folded: str, printed: str, match: re.Match) -> str | None:
    """The thing counted as the page prints it (`counted` reads the folded text): it is written
    just after the match or in the LOOKBACK before it."""
    if phrase is None or folded == printed:
        return phrase
    start = folded.find(phrase, match.end(), match.end() + len(phrase))
    if start < 0:
        start = folded.rfind(phrase, max(0, match.start() - LOOKBACK), match.start())
    return printed[start:start + len(phrase)] if start >= 0 else phrase


def _below_zero(text: str, match: re.Match) -> str | None:
    """零下 or a minus sign written before a temperature (零下5摄氏度, -5℃), else None."""
    if match.group("unit") not in TEMPERATURES or match.group("before"):
        return None
    return next((sign for sign in BELOW_ZERO if text.endswith(sign, 0, match.start())), None)


def counted(text: str, match: re.Match, words: frozenset[str], before: int) -> str | None:
    """The thing counted: what follows a percentage's 的 (72%的国土面积), the noun phrase right after
    a classifier (2452份问卷) or an area or weight (12万亩树木), else the words before `before` (the
    match's start, or that of the currency named before it)."""
    unit, end = match.group("unit"), match.end()
    if unit in PERCENT and text.startswith("的", end):
        return noun_after(text[end + 1:end + 1 + AFTER_REACH], words)
    if unit in THINGS_MEASURED or unit in CLASSIFIERS and unit not in ("人", "人次"):  # 三千人参加: 人 is counted
        after = noun_after(text[end:end + AFTER_REACH], words)
        if after:
            return after
    return noun_before(text[max(0, before - LOOKBACK):before], words)


def noun_after(text: str, words: frozenset[str]) -> str | None:
    """The noun phrase `text` begins with: its words up to a function word, an adverb or verb that
    follows a subject (`STOPS_AFTER`), or AFTER_LONGEST characters, ending with a word of two or more
    characters or a noun's suffix (执法指导组); none where it begins with none of those."""
    run = NOT_HAN.split(text)[0]
    pieces: list[str] = []
    at = 0
    while at < len(run) and not (pieces and run[at] in PLACE_AFTER
                                 and run[at:at + 2] not in NOUNS_BEGINNING_WITH_A_PLACE):
        word = next((run[at:at + n] for n in (4, 3, 2) if run[at:at + n] in words), run[at])
        # (A verb the word list lacks begins with a character alone: 齐|聚.)
        if word in STOPS_AFTER or len(word) == 1 and (word in FUNCTION_CHARS or run[at:at + 2] in STOPS_AFTER):
            break
        if at + len(word) > AFTER_LONGEST:
            break
        pieces.append(word)
        at += len(word)
    while pieces and len(pieces[-1]) == 1 and pieces[-1] not in NOUN_SUFFIXES:
        pieces.pop()
    phrase = "".join(pieces)
    return phrase if len(phrase) >= 2 or phrase in NOUN_SUFFIXES and at == len(run) else None


def noun_before(text: str, words: frozenset[str]) -> str | None:
    """The last one or two dictionary words before the number, up to four characters, less the
    links (共计, 达), adverbs (已, 分别) and times (今年, 每天) between them and the number."""
    text = strip_links(NOT_HAN.split(text)[-1])
    if not text or text[-1] in FUNCTION_CHARS or text.startswith("第"):
        return None  # 用了45天: a verb phrase; 负责人等: a list; 第一批: an ordinal
    pieces = []
    while text and len(pieces) < 2:
        word = next((text[-n:] for n in (4, 3, 2) if text[-n:] in words), None)
        if word is None and text[-1] in NOUN_SUFFIXES:
            word = next((text[-n:] for n in (4, 3) if text[-n:-1] in words), None)  # 自动化|率, 安置|点
        if word is None and pieces and text[-1] in NOUN_PREFIXES:
            word = text[-1]  # 总|投资
        elif word is None and not pieces and len(text) >= 2 and not word_ends_inside(text, words):
            word = text[-2:]  # a noun the word list lacks (锥桶, 損失 of traditional text)
        if word in VERBS_BEFORE_A_NUMBER and not pieces:
            return None
        if word is None or word in ADVERBS or word in TIMES:
            break
        pieces.insert(0, word)
        text = text[: -len(word)]
    if not pieces:
        return None
    if len(pieces) == 2 and len(pieces[0]) + len(pieces[1]) > 4:
        pieces = pieces[1:]
    phrase = "".join(pieces)
    return phrase if len(phrase) >= 2 else None


def word_ends_inside(text: str, words: frozenset[str]) -> bool:
    """Whether a word of the list ends at `text`'s second-last character and begins before it
    (勘探|深): its last two characters are then no word of their own (探深)."""
    return text[-3:-1] in words or text[-4:-1] in words


def strip_links(text: str) -> str:
    """`text` without the links, adverbs and times it ends with (合计为, 目前已达, 约为每天)."""
    while True:
        tail = next((word for word in LINKS + ADVERBS + TIMES if text.endswith(word)), None)
        if tail is None:
            return text
        text = text[: -len(tail)]
