"""Date expressions: find them, and say which calendar date each one means.

Absolute dates (`2024年1月19日`) are read as written.  Everything else is
resolved against a reference: the issue date for 今年/去年/上周五/本月, the
story's own last date for 同年/当天/次日 and for a bare `3月5日` or `19日`
in the same paragraph, and the dateline date (`新华社北京4月18日电`) for
今天/昨天, since a dispatch's "today" is the day it was filed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from banmian.model import DateMention

CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

PARTS_OF_DAY = {
    "凌晨": "night", "深夜": "night", "夜间": "night", "夜里": "night",
    "清晨": "morning", "早晨": "morning", "早上": "morning", "上午": "morning",
    "中午": "noon", "午后": "afternoon", "下午": "afternoon", "傍晚": "evening",
    "晚上": "evening", "晚间": "evening", "晚": "evening",
}
RELATIVE_YEARS = {"今年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
CONTEXT_YEARS = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1}
RELATIVE_DAYS = {"今天": 0, "今日": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1,
                 "前天": -2, "明天": 1, "明日": 1, "后天": 2}
CONTEXT_DAYS = {"当天": 0, "当日": 0, "同日": 0, "当晚": 0, "次日": 1, "翌日": 1}
RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEK_SHIFT = {"上": -1, "本": 0, "这": 0, "下": 1, "": 0}

_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_PART = "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True))
_WORD_YEARS = "|".join(list(RELATIVE_YEARS) + list(CONTEXT_YEARS))
_WORD_DAYS = "|".join(list(RELATIVE_DAYS) + list(CONTEXT_DAYS))
_WORD_MONTHS = "|".join(sorted(RELATIVE_MONTHS, key=len, reverse=True))

# Every part of the first alternative below is optional, so without this look-ahead the
# pattern would match the empty string at every character; with it the scan stops only
# where a date can begin.
# (Character classes, not the word lists: a class is one quick test per character.)
_START = (r"[0-9０-９]|[〇零一二三四五六七八九十]{1,4}[年月日号]|民[国國]"
          r"|[今去上前明后同当次翌昨本这下][年天日晚月个周星礼]|[周星礼]")
# Every character a match can begin with: _START's, and those of the word alternatives
# (个 of 个周一).  One class tested first, at every character, is what makes the scan
# quick: the alternatives are tried only where one of these stands (5× faster scan).
_FIRST = "0-9０-９〇零一二三四五六七八九十今去上前明后同当次翌昨本这下周星礼个民"
PATTERN = re.compile(
    rf"(?=[{_FIRST}])(?:"
    rf"(?=(?:{_START}))(?<![0-9０-９])"
    rf"(?:(?P<year>[0-9０-９]{{4}}|[〇零一二三四五六七八九]{{4}})年|(?P<wyear>{_WORD_YEARS})"
    rf"|民[国國](?P<ryear>[0-9０-９]{{1,3}}|[一二三四五六七八九十]{{1,4}}|元)年)?"
    rf"(?:(?P<month>{_NUM})月份?)?"
    rf"(?:(?P<day>{_NUM})[日号])?"
    rf"(?P<since>以来)?"
    rf"|(?P<wday>{_WORD_DAYS})"
    rf"|(?P<wmonth>{_WORD_MONTHS})"
    rf"|(?P<week>上|本|这|下)?(?:个)?(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天])"
    rf")"
)
PART_AFTER = re.compile(rf"(?P<part>{_PART})")


# A story's recent events lie within this many days before its issue.
RECENT_DAYS = 14
# A year written just after these (到2030年, 力争2027年, the end of a plan period 2026—2030年)
# or just before these (2035年前, 2030年将) is a target: it says nothing of when the page was printed.
_TARGET_BEFORE = re.compile(r"(?:到|至|[—–－~～-]|在|于|力争|预计|计划|目标|争取)$")
_TARGET_AFTER = re.compile(r"^(?:前|底前|年底前|将|要|远景)")


@dataclass(frozen=True)
class Context:
    """What relative expressions are resolved against while reading one article."""

    issue: date | None
    dateline: date | None = None
    last: date | None = None  # the story's last resolved date
    last_precision: str | None = None
    last_paragraph: int = -1  # where that date was
    last_opens_span: bool = False  # it starts a span that runs to now (1961年以来, 自2023年起)


def chinese_number(text: str) -> int | None:
    """0–99 written in digits or Chinese numerals (十二, 二十三, 三十)."""
    text = text.translate(WIDE_DIGITS)
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(text) > 3 or (tens and tens not in CHINESE_DIGITS) or (ones and ones not in CHINESE_DIGITS):
            return None
        return CHINESE_DIGITS.get(tens, 1) * 10 + CHINESE_DIGITS.get(ones, 0)
    if len(text) == 1 and text in CHINESE_DIGITS:
        return CHINESE_DIGITS[text]
    return None


def republic_year(text: str) -> int | None:
    """A year of the Republic's calendar as written: 38, 三十八, 100 (up to 999 in digits, 99 in numerals)."""
    digits = text.translate(WIDE_DIGITS)
    return int(digits) if digits.isdigit() else chinese_number(text)


def year_number(text: str) -> int:
    text = text.translate(WIDE_DIGITS)
    if text.isdigit():
        return int(text)
    return int("".join(str(CHINESE_DIGITS[c]) for c in text))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def iso(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def find_dates(text: str, issue: str | date | None) -> list[DateMention]:
    """Every date expression in `text` (an article: paragraphs joined by newlines), resolved."""
    if isinstance(issue, str):
        issue = parse_iso(issue)
    context = Context(issue=issue)
    found = []
    for match in PATTERN.finditer(text):
        if not match.group(0) or not_a_date(text, match):
            continue
        paragraph = text.count("\n", 0, match.start())
        resolved = resolve(match, context, paragraph)
        if resolved is None:
            continue
        value, precision, relative, extra = resolved
        end = match.end()
        part = PART_AFTER.match(text, end) if precision == "day" else None
        part_of_day = None
        # 19日晚 is the evening of the 19th; 19日晚会 is a gala on the 19th.
        if part and not (part.group("part") == "晚" and text[end + 1:end + 2] and text[end + 1:end + 2] in "会宴餐报"):
            part_of_day = PARTS_OF_DAY[part.group("part")]
            end = part.end()
        if match.group("wday") in ("当晚", "今晚", "昨晚"):
            part_of_day = "evening"
        shown = extra or iso(value, precision)
        found.append(DateMention(text[match.start():end], match.start(), end, shown, precision,
                                 part_of_day, relative))
        if not _compared_with(text, match, precision):
            context = replace(context, last=value, last_precision=precision, last_paragraph=paragraph,
                              last_opens_span=precision == "range" or _opens_span(text, match, precision))
        if context.dateline is None and precision == "day" and text[end:end + 1] in ("电", "電"):
            context = replace(context, dateline=value)
    return found


def _compared_with(text: str, match: re.Match, precision: str) -> bool:
    """A year named only as what is compared with (较去年同期增长, 比2025年多): the story does not
    move to it, so the dates after it keep their own year."""
    return precision == "year" and (text.endswith(_COMPARED_BEFORE, 0, match.start())
                                    or text.startswith(_COMPARED_AFTER, match.end()))


_COMPARED_BEFORE = ("比", "较", "与", "同", "相比", "对比")
_COMPARED_AFTER = ("同期", "同比")


def _opens_span(text: str, match: re.Match, precision: str) -> bool:
    """A year where a span that runs to now starts (自2023年起, 2024年起)."""
    return precision == "year" and (text.endswith(("自", "从"), 0, match.start())
                                    or text.startswith(("起", "开始"), match.end()))


def not_a_date(text: str, match: re.Match) -> bool:
    """每周一 / 每年 are habits, not dates; 目前年增速 is 目前 + 年增速; 5000年历史 is a length."""
    before = text[match.start() - 1:match.start()] if match.start() else ""
    return (before == "每" or (before == "目" and match.group(0).startswith("前年"))
            or years_long(text, match))


# No newspaper page names a year after this: 5000年, 2500年 are lengths of time.
LATEST_YEAR = 2100
# After a year count these make it a length of time whatever the number (5000年历史, 2000年之久) …
_LENGTH_AFTER = re.compile(r"(?:的?历史|之久)")
# … and these when the number is older than modern dates: 1000年前 is a thousand years ago,
# while 2035年前 is before 2035, 1949年前后 around 1949 and 2030年左右 around 2030.
_AGO_AFTER = re.compile(r"(?:前(?!后)|来|间|以上|左右)")
MODERN_YEARS = 1900


def years_long(text: str, match: re.Match) -> bool:
    """A number of years (5000年历史, 1000年前), not a year: the match is a year and no more."""
    groups = match.groupdict()
    if not groups["year"] or groups["month"] or groups["day"] or groups["since"]:
        return False
    year = year_number(groups["year"])
    return (year > LATEST_YEAR or bool(_LENGTH_AFTER.match(text, match.end()))
            or (year < MODERN_YEARS and bool(_AGO_AFTER.match(text, match.end()))))


def resolve(match: re.Match, context: Context, paragraph: int):
    """(date, precision, relative, interval or None), or None when it is not a date."""
    groups = match.groupdict()
    if groups["wday"]:
        return resolve_word_day(groups["wday"], context)
    if groups["wmonth"]:
        return resolve_word_month(match, context)
    if groups["weekday"]:
        return resolve_week(groups["week"] or "", groups["weekday"], context)
    return resolve_calendar(match, context, paragraph)


def resolve_word_month(match: re.Match, context: Context):
    """本月/上月 count from the issue month — except in a comparison (比上月, 上月为), where the
    month before is the month the figures are for: the story's last month, else the issue's
    previous month (statistics come out the month after)."""
    if context.issue is None:
        return None
    text, start = match.string, match.start()
    shift = RELATIVE_MONTHS[match.group("wmonth")]
    comparison = text[start - 1:start] in ("比", "较", "与", "同") or text[match.end():match.end() + 1] == "为"
    base = (context.issue.year, context.issue.month)
    if comparison and shift < 0:
        if context.last is not None and context.last_precision in ("month", "day"):
            base = (context.last.year, context.last.month)
        else:
            base = shift_month(*base, -1)
    year, month = shift_month(*base, shift)
    return date(year, month, 1), "month", True, None


def resolve_word_day(word: str, context: Context):
    if word in RELATIVE_DAYS:
        anchor = context.dateline or context.issue
        if anchor is None:
            return None
        return anchor + timedelta(days=RELATIVE_DAYS[word]), "day", True, None
    if context.last is not None and context.last_precision == "day":
        anchor = context.last
    else:
        anchor = context.dateline or context.issue
    if anchor is None:
        return None
    return anchor + timedelta(days=CONTEXT_DAYS[word]), "day", True, None


def resolve_week(shift: str, weekday: str, context: Context):
    anchor = context.dateline or context.issue
    if anchor is None:
        return None
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=WEEK_SHIFT[shift])
    return monday + timedelta(days=WEEKDAYS[weekday]), "day", True, None


def resolve_calendar(match: re.Match, context: Context, paragraph: int):
    groups = match.groupdict()
    month = chinese_number(groups["month"]) if groups["month"] else None
    day = chinese_number(groups["day"]) if groups["day"] else None
    if groups["month"] and not (month and 1 <= month <= 12):
        return None
    if groups["day"] and not (day and 1 <= day <= 31):
        return None
    spelled = [g for g in (groups["month"], groups["day"]) if g and not g.translate(WIDE_DIGITS).isdigit()]
    has_year = groups["year"] or groups["wyear"] or groups["ryear"]
    # 一号 / 十月 on their own are too often not dates (一号改革工程); need a year or 月…日.
    if spelled and not (has_year or (groups["month"] and groups["day"]) or groups["day"] and not groups["month"]):
        return None
    # A bare day needs 日 in digits (19日) or a day's place (`spelled_day`): 5号 alone is a number
    # (5号楼, 一号工程), 一日 and 十五日 mostly a length (一日三餐, 十五日内).
    if groups["day"] and not groups["month"] and (match.group(0).endswith("号")
                                                  or spelled and not spelled_day(match)):
        return None
    year, relative = year_of(groups, context)
    if year is None and not has_year:
        return resolve_undated(month, day, context, paragraph, groups["since"])
    if year is None:
        return None
    if groups["since"]:
        start = date(year, month or 1, 1)
        end = context.issue or start
        return start, "range", True, f"{start.isoformat()}/{end.isoformat()}"
    if month is None:
        if day is not None:
            return None
        return date(year, 1, 1), "year", relative, None
    if day is None:
        return date(year, month, 1), "month", relative, None
    value = safe_date(year, month, day)
    return (value, "day", relative, None) if value else None


# A dispatch's dateline ends its day with 电 or 讯 (新华社北京二十日电, 中央社台北十日電).
DATELINE_ENDS = "电電讯訊"
# What makes a day in numerals a length or a word (十五日内, 三十日以上, 二十日元, 十日谈).
NOT_A_DAY_AFTER = "内以之后前来左余多许本元语军方籍企产系常益夜报子谈"
NOT_A_DAY_BEFORE = "第数几每近约连达用历为共仅需这那有一"


def spelled_day(match: re.Match) -> bool:
    """Whether a day in Chinese numerals without its month (二十一日) is a date: the day of a
    dateline (北京二十日电) or of a month named (本月十日: the story's month, as for 本月10日), or one
    of two numerals or more (十一日 … 三十一日) that no count word stands before and no length's
    word after; 一日, 十日 alone are mostly lengths (一日三餐)."""
    text, start, end = match.string, match.start(), match.end()
    if text[end:end + 1] and text[end:end + 1] in DATELINE_ENDS or text.endswith(tuple(RELATIVE_MONTHS), 0, start):
        return True
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    return (len(match.group("day")) >= 2 and not (before and before in NOT_A_DAY_BEFORE)
            and not (after and after in NOT_A_DAY_AFTER))


# The Republic's calendar (民国三十八年, 民國100年) counts from 1912, its year 1 (元年).
REPUBLIC_YEAR_ZERO = 1911


def year_of(groups: dict, context: Context) -> tuple[int | None, bool]:
    if groups["year"]:
        return year_number(groups["year"]), False
    if groups["ryear"]:
        year = 1 if groups["ryear"] == "元" else republic_year(groups["ryear"])
        return (REPUBLIC_YEAR_ZERO + year, False) if year else (None, False)
    word = groups["wyear"]
    if word in RELATIVE_YEARS:
        if context.issue is None:
            return None, True
        return context.issue.year + RELATIVE_YEARS[word], True
    if word in CONTEXT_YEARS:
        anchor = context.last or context.issue
        if anchor is None:
            return None, True
        return anchor.year + CONTEXT_YEARS[word], True
    return None, False


def resolve_undated(month, day, context: Context, paragraph: int, since):
    """`3月5日`, `3月`, `19日`: the year (and month) of the story's last date, else the issue's."""
    if month is None and day is None:
        return None
    # A span that runs to now (1961年以来…5月24日起) leaves a bare date in the issue's time, not its start's.
    near = (context.last if context.last is not None and context.last_paragraph == paragraph
            and not context.last_opens_span else None)
    reference = near or context.dateline or context.issue
    if reference is None:
        return None
    if month is None:
        # A bare 3日 takes its month from a date that has one (2025年 names no month).
        if near is not None and context.last_precision not in ("month", "day"):
            near = None
            reference = context.dateline or context.issue
            if reference is None:
                return None
        month_year = (reference.year, reference.month)
        value = safe_date(*month_year, day)
        # A bare 28日 in an issue of 2 March means 28 February.
        if value and near is None and context.issue and value > context.issue + timedelta(days=7):
            value = safe_date(*shift_month(*month_year, -1), day)
        return (value, "day", True, None) if value else None
    year = reference.year
    candidate = safe_date(year, month, day or 1)
    # Undated months far after the issue date belong to the year before (12月28日 in January).
    if near is None and context.issue and candidate and candidate > context.issue + timedelta(days=62):
        year -= 1
    # A story's dates run on into the new year (12月31日晚…1月1日零时, 12月20日…1月15日前完成).
    if near is not None and near.month >= 11 and month <= 2 and not (
            context.issue and date(year + 1, month, 1) > context.issue + timedelta(days=62)):
        year += 1
    if near is not None and _back_from_near(year, month, day, near, context.issue):
        year = context.issue.year
    if since:
        start = date(year, month, 1)
        end = context.issue or start
        return start, "range", True, f"{start.isoformat()}/{end.isoformat()}"
    if day is None:
        return date(year, month, 1), "month", True, None
    value = safe_date(year, month, day)
    return (value, "day", True, None) if value else None


def _back_from_near(year: int, month: int, day: int | None, near: date, issue: date | None) -> bool:
    """Would `near`'s year put this date before `near`, where the issue's year puts it in the weeks
    around the issue?  Then the story came back to now (继去年10月会晤之后…。5月14日，两国元首会谈)."""
    if issue is None or year == issue.year:
        return False
    in_near_year, in_issue_year = safe_date(year, month, day or 1), safe_date(issue.year, month, day or 1)
    return (in_near_year is not None and in_issue_year is not None and in_near_year < near
            and issue - timedelta(days=62) <= in_issue_year <= issue + timedelta(days=7))


def parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def infer_issue_date(texts: list[str]) -> str | None:
    """The issue date a page most likely has: the date its recent events gather up to.

    Each fully written date, and each month-day (1月22日) in every year the page
    writes out, is a candidate; the one with the most dates and month-days in the
    RECENT_DAYS up to it wins, the later on a tie.  None when the page gives no
    candidate, or when the winner lies in a year before one the page writes
    (other than as a target): the page is not that old.  Most pages of the
    national papers never write out their own year, so on them most inferences
    miss it (bench/RESULTS-enrich.md).
    """
    full, years, month_days = _dates_written(texts)
    candidates = set(full) | {value for year in set(years) for month, day in month_days
                              if (value := safe_date(year, month, day))}
    if not candidates:
        return None
    best = max(candidates, key=lambda day: (_recent_events(day, full, month_days), day))
    if years and best.year < max(years):
        return None
    return best.isoformat()


def _dates_written(texts: list[str]) -> tuple[list[date], list[int], list[tuple[int, int]]]:
    """The fully written dates, the years written (not as targets) and the month-days without a year."""
    full, years, month_days = [], [], []
    for text in texts:
        for match in PATTERN.finditer(text):
            if years_long(text, match):
                continue
            groups = match.groupdict()
            month = chinese_number(groups["month"]) if groups["month"] else None
            day = chinese_number(groups["day"]) if groups["day"] else None
            if not groups["year"]:
                if month and day and safe_date(2000, month, day):
                    month_days.append((month, day))
                continue
            year = year_number(groups["year"])
            if not (_TARGET_BEFORE.search(text[max(0, match.start() - 3):match.start()])
                    or _TARGET_AFTER.match(text[match.end():match.end() + 4])):
                years.append(year)
            if month and day and safe_date(year, month, day):
                full.append(date(year, month, day))
    return full, years, month_days


def _recent_events(day: date, full: list[date], month_days: list[tuple[int, int]]) -> int:
    """How many of the dates and month-days fall in the RECENT_DAYS up to `day`."""
    earliest = day - timedelta(days=RECENT_DAYS)
    recent = sum(earliest <= value <= day for value in full)
    for month, month_day in month_days:
        # In the year of `day`, or in the year before (12月28日 on a January page).
        placed = [value for year in (day.year, day.year - 1)
                  if (value := safe_date(year, month, month_day)) and value <= day]
        recent += bool(placed) and placed[0] >= earliest
    return recent
